// Rows for the virtual library list. Browsing: pages fetched by offset only for the rows in view (so
// 100,000 articles cost a few small requests). Searching: cursor pages of hits, fetched as you scroll.
import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query'
import type {
  ArticleSort,
  ArticleSummary,
  SearchFilters,
  SearchHit,
  SearchSort
} from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'

export const PAGE = 100

export interface RowSource {
  total: number | null
  row(index: number): ArticleSummary | SearchHit | undefined
  /** Asks for the rows in [first, last] to be loaded. */
  loading: boolean
  error: unknown
  more(last: number): void
}

export function useBrowseRows(
  sort: ArticleSort,
  descending: boolean,
  filters: SearchFilters,
  first: number,
  last: number,
  enabled: boolean
): RowSource {
  const pages: number[] = []
  for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, last) / PAGE); p++) pages.push(p)
  const results = useQueries({
    queries: pages.map((p) => ({
      queryKey: [...qk.articles, 'page', sort, descending, filters, p],
      queryFn: () => folioApi().listArticles({ sort, descending, filters, offset: p * PAGE, limit: PAGE }),
      enabled,
      placeholderData: keepPreviousData,
      staleTime: 30_000
    }))
  })
  // The count has its own query, so it never blinks while pages far down the list are loading (a
  // count that dropped to zero would reset the scroll position).
  const count = useQuery({
    queryKey: [...qk.articles, 'count', filters],
    queryFn: async () => (await folioApi().listArticles({ filters, offset: 0, limit: 1 })).total,
    enabled,
    placeholderData: keepPreviousData
  })
  const byPage = new Map<number, ArticleSummary[]>()
  results.forEach((r, i) => {
    if (r.data && !r.isPlaceholderData) byPage.set(pages[i], r.data.items)
  })
  return {
    total: count.data ?? null,
    row: (index) => byPage.get(Math.floor(index / PAGE))?.[index % PAGE],
    loading: results.some((r) => r.isFetching),
    error: count.error ?? results.find((r) => r.error)?.error ?? null,
    more: () => undefined
  }
}

export function useSearchRows(
  query: string,
  exact: boolean,
  filters: SearchFilters,
  sort: SearchSort,
  enabled: boolean
): RowSource {
  const q = useInfiniteQuery({
    queryKey: [...qk.search, query, exact, filters, sort],
    queryFn: ({ pageParam }) =>
      folioApi().search({ query, exact, filters, sort, cursor: pageParam, limit: PAGE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
    placeholderData: keepPreviousData
  })
  const hits = q.data?.pages.flatMap((p) => p.hits) ?? []
  return {
    total: q.data?.pages[0]?.total ?? null,
    row: (index) => hits[index],
    loading: q.isFetching,
    error: q.error,
    more: (last) => {
      if (last >= hits.length - 10 && q.hasNextPage && !q.isFetchingNextPage) void q.fetchNextPage()
    }
  }
}
