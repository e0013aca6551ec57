// The reader's side list of passages (J/K move through them) and the orphans waiting to be re-attached.
import { useTranslation } from 'react-i18next'
import type { Passage, PassageListItem, Theme } from '../../../../shared/api'
import { ThemeDots } from '../../components/theme-dots'

function short(s: string, n = 160): string {
  return s.length > n ? `${s.slice(0, n)}…` : s
}

export function PassageList(props: {
  passages: Passage[]
  orphans: PassageListItem[]
  themes: Theme[]
  activeId: number | null
  onPick: (p: Passage) => void
  onReattach: (p: Passage) => void
  canReattach: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <aside className="passage-side" aria-labelledby="passage-list-title">
      <h2 id="passage-list-title">{t('reader.passages')}</h2>
      {props.passages.length === 0 && <p className="muted small">{t('reader.noPassages')}</p>}
      <ol className="passage-list">
        {props.passages.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={`passage-item${p.id === props.activeId ? ' is-active' : ''}`}
              aria-current={p.id === props.activeId ? 'true' : undefined}
              onClick={() => props.onPick(p)}
              data-testid="passage-item"
            >
              <ThemeDots ids={p.themeIds} themes={props.themes} />
              <span className="passage-quote">{short(p.exact)}</span>
              {p.note && <span className="passage-note">{p.note}</span>}
            </button>
          </li>
        ))}
      </ol>
      <p className="muted small">{t('reader.keys')}</p>
      {props.orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h2 id="orphans-title">{t('reader.orphans')}</h2>
          <p className="muted small">{t('reader.orphansHelp')}</p>
          <ul className="passage-list">
            {props.orphans.map((p) => (
              <li key={p.id} className="orphan-item">
                <ThemeDots ids={p.themeIds} themes={props.themes} />
                <span className="passage-quote">{short(p.exact)}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={!props.canReattach}
                  onClick={() => props.onReattach(p)}
                >
                  {t('reader.reattach')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  )
}
