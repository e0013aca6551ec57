// Suggestions grouped by theme: each with its score and trigger words, accept / reject one or all.
import { useTranslation } from 'react-i18next'
import type { Suggestion, SuggestionRef, Theme } from '../../../../shared/api'
import { useThemeName } from '../../api/use-folio'

const ref = (s: Suggestion): SuggestionRef => ({
  articleId: s.articleId,
  themeId: s.themeId,
  start: s.start,
  end: s.end
})

export function SuggestionGroups(props: {
  suggestions: Suggestion[]
  themes: Theme[]
  titles?: Map<number, string>
  busy: boolean
  onAccept: (items: SuggestionRef[]) => void
  onReject: (items: SuggestionRef[]) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const name = useThemeName()
  const groups = props.themes
    .map((theme) => ({ theme, items: props.suggestions.filter((s) => s.themeId === theme.id) }))
    .filter((g) => g.items.length > 0)
  if (groups.length === 0) return <p className="muted">{t('suggestions.none')}</p>
  return (
    <div className="stack">
      {groups.map(({ theme, items }) => (
        <section key={theme.id} className="card suggestion-group" aria-labelledby={`sg-${theme.id}`}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2 id={`sg-${theme.id}`} className="row">
              <span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />
              {name(theme)} <span className="muted small">({items.length})</span>
            </h2>
            <div className="row">
              <button
                type="button"
                className="btn btn-small"
                disabled={props.busy}
                onClick={() => props.onAccept(items.map(ref))}
              >
                {t('suggestions.acceptAll', { theme: name(theme) })}
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={props.busy}
                onClick={() => props.onReject(items.map(ref))}
              >
                {t('suggestions.rejectAll', { theme: name(theme) })}
              </button>
            </div>
          </div>
          <ul className="suggestion-list">
            {items.map((s) => (
              <li key={`${s.articleId}-${s.start}-${s.end}`} className="suggestion" data-testid="suggestion">
                {props.titles && <div className="small muted">{props.titles.get(s.articleId)}</div>}
                <blockquote>{s.exact}</blockquote>
                <div className="row small">
                  <span className="pill">{t('suggestions.score', { score: s.score.toFixed(2) })}</span>
                  <span className="muted">{t('suggestions.triggers')}:</span>
                  {s.triggers.map((w) => (
                    <span key={w} className="pill">
                      {w}
                    </span>
                  ))}
                  <span className="spacer" />
                  <button
                    type="button"
                    className="btn btn-small btn-primary"
                    disabled={props.busy}
                    onClick={() => props.onAccept([ref(s)])}
                  >
                    {t('suggestions.accept')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={props.busy}
                    onClick={() => props.onReject([ref(s)])}
                  >
                    {t('suggestions.reject')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
