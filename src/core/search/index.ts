// The search module's surface: search, facets, find-in-article, and the types they speak.
export { search, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './search-archive'
export { searchFacets, type SearchFacetsInput } from './search-facets'
export { findInArticle } from './find-in-article'
export { parseQuery } from './query-parse'
export { describeQuery, type ParsedQuery, type QueryTerm, type QueryClause } from './query-ast'
export type * from './search-types'
