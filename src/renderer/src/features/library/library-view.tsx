// The library: search as you type, sort, filters, a virtual list that stays smooth at 100,000 articles,
// multi-select, and an empty state that invites an import.
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type {
  ArticleSort,
  ArticleSummary,
  SearchFilters,
  SearchHit,
  SearchSort
} from '../../../../shared/api'
import { useThemes } from '../../api/use-folio'
import { DropZone } from '../../components/drop-zone'
import { isInvalidInput } from '../../api/error-text'
import { ErrorLine } from '../../components/error-line'
import { useAppState, type LibrarySearch } from '../../lib/app-state'
import { formatNumber } from '../../lib/format'
import { useImportJob } from '../import/import-context'
import { ArticleRow, isHit } from './article-row'
import { hitFocus } from './hit-focus'
import { LibraryFilters } from './library-filters'
import { SelectionBar } from './selection-bar'
import { unmatchedText } from './value-filter-field'
import { useBrowseRows, useSearchRows } from './use-library-rows'

const ROW_BROWSE = 76
const ROW_SEARCH = 132

export function LibraryView(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const state = useAppState()
  const themes = useThemes()
  const importJob = useImportJob()
  const [input, setInput] = useState(state.search.query)
  const [sort, setSort] = useState<ArticleSort>('imported')
  // A search has orders of its own: relevance, or by publication date to follow a story through time.
  const [searchSort, setSearchSort] = useState<SearchSort>('relevance')
  const query = useDeferredValue(input.trim())
  const { exact, filters } = state.search
  const searching = query.length > 0
  const parent = useRef<HTMLDivElement>(null)
  const [range, setRange] = useState({ first: 0, last: 50 })
  const anchor = useRef<number | null>(null)

  useEffect(() => {
    if (query !== state.search.query) state.setSearch({ ...state.search, query })
  }, [query, state])

  const browse = useBrowseRows(
    sort,
    sort !== 'title' && sort !== 'source',
    filters,
    range.first,
    range.last,
    !searching
  )
  const found = useSearchRows(query, exact, filters, searchSort, searching)
  const rows = searching ? found : browse
  const count = rows.total ?? 0

  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders with the virtualizer; nothing memoises its functions
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parent.current,
    // Fixed heights (titles and snippets clamp to two lines): no re-measuring while 100,000 rows scroll.
    estimateSize: () => (searching ? ROW_SEARCH : ROW_BROWSE),
    overscan: 8
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    setRange((r) => (r.first === first && r.last === last ? r : { first, last }))
    rows.more(last)
  }, [first, last, rows])

  const setFilters = useCallback(
    (f: SearchFilters, typed?: LibrarySearch['typed']) =>
      state.setSearch({ ...state.search, filters: f, typed: typed ?? state.search.typed }),
    [state]
  )
  // A name filter like nothing in the archive: the empty list says so rather than just "nothing".
  const unmatched = (['sources', 'categories'] as const).find((k) => state.search.typed?.[k]?.unmatched)
  const open = (row: ArticleSummary | SearchHit): void => {
    if (isHit(row)) state.openArticle(row.article.id, hitFocus(row))
    else state.openArticle(row.id)
  }
  const rowId = (i: number): number | undefined => {
    const r = rows.row(i)
    return r ? (isHit(r) ? r.article.id : r.id) : undefined
  }
  const toggle = (id: number, index: number, shift: boolean): void => {
    const next = new Set(state.selected)
    if (shift && anchor.current != null) {
      for (let i = Math.min(index, anchor.current); i <= Math.max(index, anchor.current); i++) {
        const rid = rowId(i)
        if (rid != null) next.add(rid)
      }
    } else if (next.has(id)) next.delete(id)
    else next.add(id)
    anchor.current = index
    state.setSelected(next)
  }
  const keyNav = (index: number, key: string): void => {
    const target =
      key === 'Home' ? 0 : key === 'End' ? count - 1 : key === 'ArrowDown' ? index + 1 : index - 1
    if (target < 0 || target >= count) return
    virtualizer.scrollToIndex(target, { align: 'auto' })
    // The row exists once the list has scrolled and its page has loaded: try for a few frames.
    const focusRow = (tries: number): void => {
      const el = parent.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)
      if (el) el.focus()
      else if (tries > 0) requestAnimationFrame(() => focusRow(tries - 1))
    }
    requestAnimationFrame(() => focusRow(60))
  }

  // A query or filter the archive refused stands in place of the results: it is the answer to the search.
  const refused = isInvalidInput(rows.error)
  const emptyArchive = !refused && !searching && Object.keys(filters).length === 0 && rows.total === 0
  return (
    <div className="view-fill library">
      <div className="view-head">
        <h1>{t('library.title')}</h1>
        <span className="muted" aria-live="polite" data-testid="library-count">
          {rows.error
            ? ''
            : rows.total == null
              ? t('app.loading')
              : t(searching ? 'library.results' : 'library.count', {
                  count,
                  n: formatNumber(count, i18n.language)
                })}
        </span>
      </div>
      <div className="library-tools">
        <label className="field search-field">
          <span>{t('library.search')}</span>
          <input
            type="search"
            value={input}
            placeholder={t('library.searchPlaceholder')}
            onChange={(e) => setInput(e.target.value)}
            data-testid="library-search"
          />
        </label>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={exact}
            onChange={(e) => state.setSearch({ ...state.search, exact: e.target.checked })}
          />
          {t('library.exact')}
        </label>
        <label className="field">
          <span>{t('library.sort')}</span>
          {searching ? (
            <select value={searchSort} onChange={(e) => setSearchSort(e.target.value as SearchSort)}>
              <option value="relevance">{t('library.sortRelevance')}</option>
              <option value="newest">{t('library.sortNewest')}</option>
              <option value="oldest">{t('library.sortOldest')}</option>
            </select>
          ) : (
            <select value={sort} onChange={(e) => setSort(e.target.value as ArticleSort)}>
              <option value="imported">{t('library.sortImported')}</option>
              <option value="published">{t('library.sortPublished')}</option>
              <option value="title">{t('library.sortTitle')}</option>
              <option value="source">{t('library.sortSource')}</option>
            </select>
          )}
        </label>
      </div>
      <LibraryFilters filters={filters} typed={state.search.typed} onChange={setFilters} />
      <SelectionBar />
      {!refused && <ErrorLine error={rows.error} />}
      {refused ? (
        <div className="article-list list-refused">
          <ErrorLine error={rows.error} />
        </div>
      ) : emptyArchive ? (
        <div className="empty-state">
          <h2>{t('library.emptyTitle')}</h2>
          <DropZone
            label={t('library.emptyText')}
            chooseLabel={t('library.emptyAction')}
            disabled={importJob.running}
            onFiles={(files) => {
              void importJob.start({ kind: 'files', files })
              state.go('import')
            }}
          />
        </div>
      ) : (
        <div
          ref={parent}
          className="article-list"
          role="list"
          aria-label={t('library.columns')}
          data-testid="article-list"
        >
          {count === 0 && rows.total != null && (
            <p className="muted list-empty" data-testid="list-empty">
              {unmatched
                ? unmatchedText(t, unmatched, state.search.typed?.[unmatched]?.text ?? '')
                : t('library.noResults')}
            </p>
          )}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows.row(item.index)
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  className="virtual-row"
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  {row ? (
                    <ArticleRow
                      row={row}
                      index={item.index}
                      themes={themes}
                      selected={state.selected.has(isHit(row) ? row.article.id : row.id)}
                      onToggle={toggle}
                      onOpen={open}
                      onKeyNav={keyNav}
                    />
                  ) : (
                    <div className="article-row placeholder" aria-hidden="true" />
                  )}
                </div>
              )
            })}
          </div>
        </div>
      )}
    </div>
  )
}
