// A search's results by publication date instead of relevance: newest first, or oldest first. News
// researchers follow a story through time. The matches come from the same FTS5 expression and filters;
// the order comes from the publication-date index, so no article record is read to sort them (its
// date is stored after the body). Undated articles come last either way.
import type { Sql, SearchPlan } from './search-sql'
import { idsSql } from './search-sql'

export type DateOrder = 'newest' | 'oldest'

/** One page of (id, score 0) rows of the plan's matches in date order. */
export function datePageSql(plan: SearchPlan, order: DateOrder, limit: number, offset: number): Sql {
  const ids = idsSql(plan)
  const orderBy =
    order === 'newest'
      ? 'x.published_at DESC, x.id DESC' // NULL sorts lowest: undated last, and the index walks backwards
      : 'x.published_at IS NULL, x.published_at, x.id'
  return {
    sql: `SELECT x.id AS id, 0 AS score FROM articles x INDEXED BY articles_published
      WHERE x.id IN (${ids.sql}) ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    params: [...ids.params, limit, offset]
  }
}
