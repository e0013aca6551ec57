// Search, facets and find-in-article: the core's search module, as is.
import { findInArticle, search, searchFacets } from '../../../core/search'
import type { PartialHandlers } from '../handler-types'

export const searchHandlers: PartialHandlers = {
  search: (input, { archive }) => search(archive, input),
  searchFacets: (input, { archive }) => searchFacets(archive, input),
  findInArticle: (input, { archive }) => findInArticle(archive, input)
}
