// The passages behind a chart mark: a filtered list, each opening the reader on its passage.
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { PassageListItem } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useThemes } from '../../api/use-folio'
import { ThemeDots } from '../../components/theme-dots'
import { useAppState } from '../../lib/app-state'
import { formatDate } from '../../lib/format'

export interface DrillFilter {
  label: string
  themeId?: number
  alsoThemeId?: number
  month?: string
  source?: string | null
  articleId?: number
}

function keep(p: PassageListItem, f: DrillFilter): boolean {
  if (f.alsoThemeId != null && !p.themeIds.includes(f.alsoThemeId)) return false
  if (f.month && !(p.article.publishedAt ?? p.createdAt).startsWith(f.month)) return false
  if (f.source !== undefined && p.article.source !== f.source) return false
  return true
}

export function DrillDown({
  filter,
  onClose
}: {
  filter: DrillFilter
  onClose: () => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const themes = useThemes()
  const state = useAppState()
  const list = useQuery({
    queryKey: [...qk.passages, 'drill', filter.themeId, filter.articleId],
    queryFn: () =>
      folioApi().listPassages({
        themeId: filter.themeId,
        articleId: filter.articleId,
        status: 'anchored',
        limit: 1000
      })
  })
  const items = (list.data ?? []).filter((p) => keep(p, filter))
  return (
    <section className="card drill-down" aria-labelledby="drill-title" data-testid="drill-down">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="drill-title">{t('dashboard.passagesFor', { label: filter.label })}</h2>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('dashboard.clear')}
        </button>
      </div>
      <p className="muted small">{t('common.passages', { count: items.length })}</p>
      <ul className="drill-list">
        {items.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="passage-item"
              onClick={() => state.openArticle(p.articleId, { start: p.start, end: p.end, passageId: p.id })}
            >
              <ThemeDots ids={p.themeIds} themes={themes} />
              <span className="passage-quote">{p.exact}</span>
              <span className="small muted">
                {p.article.title} · {p.article.source ?? t('common.unknownSource')}
                {p.article.publishedAt ? ` · ${formatDate(p.article.publishedAt, i18n.language)}` : ''}
              </span>
              {p.note && <span className="passage-note">{p.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
