// Which articles an export covers: the contract's selection (which may be a search) as core's.
import type { Archive } from '../../core/archive'
import { search, MAX_PAGE_SIZE } from '../../core/search'
import type { ArticleSelection, ArticleSummary, SearchFilters } from '../../shared/api-types'

export type CoreSelection =
  { kind: 'articles'; articleIds: number[] } | { kind: 'collection'; collectionId: number } | { kind: 'all' }

/** The articles a search matches from `offset`, page by page (the core pages at most MAX_PAGE_SIZE). */
export function searchArticles(
  archive: Archive,
  query: string,
  exact: boolean,
  filters: SearchFilters | undefined,
  offset = 0,
  limit = Infinity
): { articles: ArticleSummary[]; total: number } {
  const articles: ArticleSummary[] = []
  let total = 0
  let cursor: string | null = null
  let skipped = 0
  do {
    const page = search(archive, { query, exact, filters, cursor, limit: MAX_PAGE_SIZE })
    total = page.total
    for (const hit of page.hits) {
      if (skipped < offset) skipped++
      else if (articles.length < limit) articles.push(hit.article)
    }
    cursor = page.nextCursor
  } while (cursor && articles.length < limit)
  return { articles, total }
}

export function toCoreSelection(archive: Archive, selection: ArticleSelection): CoreSelection {
  if (selection.kind !== 'search') return selection
  const { articles } = searchArticles(archive, selection.query, selection.exact ?? false, selection.filters)
  return { kind: 'articles', articleIds: articles.map((a) => a.id) }
}

/** A file name from a title: letters kept (Vietnamese too), characters file systems refuse replaced. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '')
  return `${base || 'folio'}.${extension}`
}
