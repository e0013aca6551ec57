// One row of the library: selection box, title (opens the reader), source, date, category, passages, themes.
import { useTranslation } from 'react-i18next'
import type { ArticleSummary, SearchHit, Theme } from '../../../../shared/api'
import { HighlightedText } from '../../components/highlighted-text'
import { ThemeDots } from '../../components/theme-dots'
import { formatDate } from '../../lib/format'

export function isHit(row: ArticleSummary | SearchHit): row is SearchHit {
  return 'article' in row
}

export function ArticleRow(props: {
  row: ArticleSummary | SearchHit
  index: number
  themes: Theme[]
  selected: boolean
  onToggle: (id: number, index: number, shift: boolean) => void
  onOpen: (row: ArticleSummary | SearchHit) => void
  onKeyNav: (index: number, key: string) => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { row } = props
  const a = isHit(row) ? row.article : row
  const title = a.title || t('common.untitled')
  return (
    <div
      className={`article-row${props.selected ? ' is-selected' : ''}`}
      role="listitem"
      data-article-id={a.id}
    >
      <input
        type="checkbox"
        checked={props.selected}
        aria-label={t('library.select', { title })}
        onChange={(e) => props.onToggle(a.id, props.index, (e.nativeEvent as MouseEvent).shiftKey)}
      />
      <div className="article-main">
        <button
          type="button"
          className="article-title"
          data-row-index={props.index}
          onClick={() => props.onOpen(row)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Home' || e.key === 'End') {
              e.preventDefault()
              props.onKeyNav(props.index, e.key)
            } else if (e.key === ' ') {
              e.preventDefault()
              props.onToggle(a.id, props.index, e.shiftKey)
            }
          }}
        >
          {isHit(row) ? <HighlightedText text={title} ranges={row.titleHighlights} /> : title}
        </button>
        {isHit(row) && row.snippet && (
          <p className="snippet">
            <HighlightedText text={row.snippet.text} ranges={row.snippet.highlights} />
          </p>
        )}
        <div className="article-meta">
          <span>{a.source ?? t('common.unknownSource')}</span>
          <span>{a.publishedAt ? formatDate(a.publishedAt, i18n.language) : t('common.noDate')}</span>
          {a.category && <span>{a.category}</span>}
        </div>
      </div>
      <div className="article-side">
        <span className="small muted">{t('common.passages', { count: a.passageCount })}</span>
        <ThemeDots ids={a.themeIds} themes={props.themes} />
      </div>
    </div>
  )
}
