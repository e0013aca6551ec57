// Facet counts for a whole result set: per source, per category, per theme (articles with passages of
// that theme) and per publication year. Sources, categories and years are counted from their covering
// indexes, so even a result set of tens of thousands of articles never reads article bodies.
import type { Archive } from '../archive'
import type { DB } from '../db/connection'
import { FolioError } from '../errors'
import { parseQuery } from './query-parse'
import { idsSql, planSearch, type SearchPlan } from './search-sql'
import type { FacetCount, SearchFacets, SearchFilters } from './search-types'
import { cachedStatement } from './statement-cache'

/**
 * At most this many sources, and as many categories, are listed (the largest first): enough for the
 * Library's name filters to know every name of a large archive, which they match as typed.
 */
export const MAX_NAME_FACETS = 2000

export function searchFacetsForPlan(db: DB, plan: SearchPlan): SearchFacets {
  const ids = idsSql(plan)
  const run = (sql: string): FacetCount[] =>
    (cachedStatement(db, sql).all(...ids.params) as { value: string | number; count: number }[]).map((r) => ({
      value: String(r.value),
      count: r.count
    }))
  return {
    sources: run(`SELECT source AS value, count(*) AS count FROM articles INDEXED BY articles_source
      WHERE source IS NOT NULL AND id IN (${ids.sql})
      GROUP BY source ORDER BY count DESC, value LIMIT ${MAX_NAME_FACETS}`),
    categories: run(`SELECT category AS value, count(*) AS count FROM articles INDEXED BY articles_category
      WHERE category IS NOT NULL AND id IN (${ids.sql})
      GROUP BY category ORDER BY count DESC, value LIMIT ${MAX_NAME_FACETS}`),
    themes: run(`SELECT pt.theme_id AS value, count(DISTINCT p.article_id) AS count
      FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id
      WHERE p.article_id IN (${ids.sql}) GROUP BY pt.theme_id ORDER BY count DESC, pt.theme_id`),
    years: run(`SELECT substr(published_at, 1, 4) AS value, count(*) AS count
      FROM articles INDEXED BY articles_published
      WHERE published_at IS NOT NULL AND id IN (${ids.sql}) GROUP BY value ORDER BY value`)
  }
}

export interface SearchFacetsInput {
  query: string
  exact?: boolean
  filters?: SearchFilters
}

/** Facet counts without a page of results (the UI may ask for them separately). */
export function searchFacets(archive: Archive, input: SearchFacetsInput): SearchFacets {
  if (!input || typeof input.query !== 'string') {
    throw new FolioError('invalid-input', 'The query must be text.')
  }
  const plan = planSearch(archive.db, parseQuery(input.query), input.exact === true, input.filters)
  return searchFacetsForPlan(archive.db, plan)
}
