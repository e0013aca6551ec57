// The search module's public shapes: what a caller passes in and what comes back (plain, serialisable).
import type { ArticleSummary } from '../articles/article-types'

/** A half-open range [start, end) in UTF-16 code units of the original (un-folded) text. */
export interface TextRange {
  start: number
  end: number
}

export interface SearchFilters {
  /** Articles having at least one passage tagged with any of these themes. */
  themeIds?: number[]
  sources?: string[]
  categories?: string[]
  collectionId?: number
  /** YYYY, YYYY-MM or YYYY-MM-DD, inclusive, compared with publishedAt. */
  from?: string
  to?: string
  language?: string
  /** true: only articles with passages; false: only articles without. */
  hasPassages?: boolean
}

export interface SearchInput {
  /** What the person typed. May be empty when filters are given. */
  query: string
  /** Diacritics must match as typed (`hợp` finds `hợp`, not `hộp`). Case never matters. */
  exact?: boolean
  filters?: SearchFilters
  /** Opaque cursor from a previous page of the same search. */
  cursor?: string | null
  /** Page size, 1–200 (default 20). */
  limit?: number
  /** Also compute facet counts for the whole result set. */
  withFacets?: boolean
  /** The order of a query's results (default relevance). A listing by filters alone is newest first. */
  sort?: SearchSort
}

export type SearchSort = 'relevance' | 'newest' | 'oldest'

export interface Snippet {
  /** A slice of the original body (diacritics intact). */
  text: string
  /** Match ranges inside `text`. */
  highlights: TextRange[]
  /** Offset of `text` in the article body. */
  bodyStart: number
  /** True when the snippet does not begin at the start / end at the end of the body. */
  clippedStart: boolean
  clippedEnd: boolean
}

export interface SearchHit {
  article: ArticleSummary
  /**
   * bm25 relevance, higher is better (0 for filter-only listings). Hits are ordered first by how many
   * of the words typed side by side stand together in the article (see adjacentPhrases), then by it.
   */
  score: number
  /** Match ranges in the article title. */
  titleHighlights: TextRange[]
  /** The best passage of the body; null only when the body is empty. */
  snippet: Snippet | null
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchFacets {
  sources: FacetCount[]
  categories: FacetCount[]
  /** value = theme id as a string. */
  themes: FacetCount[]
  years: FacetCount[]
}

export interface SearchPage {
  hits: SearchHit[]
  /** Number of articles in the whole result set. */
  total: number
  /**
   * Exact mode on a large result set: `total` is extrapolated from the candidates checked for
   * this page (the UI should show it as "about N").
   */
  totalIsEstimate?: boolean
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null
  facets?: SearchFacets
}

export interface FindInArticleInput {
  articleId: number
  query: string
  exact?: boolean
}

export interface FindInArticleResult {
  /** Every match in the body, in order. */
  ranges: TextRange[]
  /** Every match in the title. */
  titleRanges: TextRange[]
}
