// The SQL of one search: which articles match (FTS5 on the folded index, optional exact check,
// filters), one ranked page of ids, the total, and the id set that facets count over.
import { SUMMARY_COLUMNS } from '../articles/article-store'
import type { DB } from '../db/connection'
import { hasNativeFts } from '../db/native-fts'
import { prepareExact, EXACT_FUNCTION } from './exact-verify'
import type { ParsedQuery } from './query-ast'
import { adjacentPhraseIndexes, adjacentPhrases, plainPhraseIndexes, toFtsMatch } from './query-fts'
import { filterSql, type FilterSql } from './search-filters'
import type { SearchFilters } from './search-types'

/** bm25 column weights: a word in the title counts this many times a word in the body. */
export const TITLE_WEIGHT = 10

export interface SearchPlan {
  /** FTS5 MATCH expression, or null to list by filters alone. */
  match: string | null
  /** Key of the exact-mode verifier, or null in loose mode. */
  exactKey: string | null
  /** FTS5 phrases of the words typed side by side: an article holding more of them ranks first. */
  adjacent: string[]
  /** The same pairs as phrase indexes of `match`, a0 b0 a1 b1 …, for folio_adjacent (folio-fts). */
  adjacentIndexes: number[]
  /** Phrase indexes of `match` that are not prefixes, for folio_rank (folio-fts). */
  plainIndexes: number[]
  /** The connection ranks with folio-fts (native/folio-fts.c) rather than in SQL. */
  native: boolean
  filter: FilterSql
}

export interface Sql {
  sql: string
  params: unknown[]
}

export function planSearch(
  db: DB,
  q: ParsedQuery | null,
  exact: boolean,
  filters: SearchFilters | undefined
): SearchPlan {
  if (!q) {
    return {
      match: null,
      exactKey: null,
      adjacent: [],
      adjacentIndexes: [],
      plainIndexes: [],
      native: false,
      filter: filterSql(filters, 'a.id')
    }
  }
  return {
    match: toFtsMatch(q, !exact),
    exactKey: exact ? prepareExact(db, q) : null,
    adjacent: adjacentPhrases(q),
    adjacentIndexes: adjacentPhraseIndexes(q),
    plainIndexes: plainPhraseIndexes(q),
    native: hasNativeFts(db),
    filter: filterSql(filters, 'f.rowid')
  }
}

/** FROM + WHERE of the matching articles; the article id is `f.rowid` (query) or `a.id` (filters). */
function fromWhere(plan: SearchPlan): Sql {
  const conds: string[] = []
  const params: unknown[] = []
  let from: string
  if (plan.match === null) {
    from = 'articles a'
  } else {
    // CROSS JOIN keeps FTS5 as the outer loop, so SQLite never scans articles to probe the index.
    from = plan.exactKey ? 'articles_fts f CROSS JOIN articles a ON a.id = f.rowid' : 'articles_fts f'
    conds.push('articles_fts MATCH ?')
    params.push(plan.match)
    if (plan.exactKey) {
      conds.push(`${EXACT_FUNCTION}(a.title, a.body, ?)`)
      params.push(plan.exactKey)
    }
  }
  if (plan.filter.where) {
    conds.push(plan.filter.where)
    params.push(...plan.filter.params)
  }
  return { sql: `FROM ${from}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`, params }
}

export function idColumn(plan: SearchPlan): string {
  return plan.match === null ? 'a.id' : 'f.rowid'
}

/**
 * How many of the query's side-by-side word pairs an article holds (0 without pairs): the first
 * sort key of a ranked page, before bm25. Each pair's articles are found once per statement (SQLite
 * evaluates an uncorrelated IN list once and probes it per row).
 */
function adjacencySql(plan: SearchPlan): Sql {
  if (!plan.adjacent.length) return { sql: '0', params: [] }
  return {
    sql: plan.adjacent
      .map(() => '(f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))')
      .join(' + '),
    params: plan.adjacent
  }
}

/** One page of (id, score) rows, best first. */
export function pageSql(plan: SearchPlan, limit: number, offset: number): Sql {
  const fw = fromWhere(plan)
  if (plan.match === null) {
    return {
      sql: `SELECT a.id AS id, 0 AS score ${fw.sql} ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
      params: [...fw.params, limit, offset]
    }
  }
  const rank = rankColumns(plan)
  return {
    sql: `SELECT f.rowid AS id, ${rank.sql} ${fw.sql} ORDER BY adjacent DESC, score DESC, f.rowid LIMIT ? OFFSET ?`,
    params: [...rank.params, ...fw.params, limit, offset]
  }
}

/** `score` and `adjacent` of a matching article: from folio-fts when the connection has it, else SQL. */
function rankColumns(plan: SearchPlan): Sql {
  if (!plan.native) {
    const adj = adjacencySql(plan)
    return {
      sql: `-bm25(articles_fts, ${TITLE_WEIGHT}.0, 1.0) AS score, ${adj.sql} AS adjacent`,
      params: adj.params
    }
  }
  const pairs = plan.adjacentIndexes.length ? Buffer.from(plan.adjacentIndexes) : null
  return {
    sql: `folio_rank(articles_fts, ${TITLE_WEIGHT}.0, 1.0, ?) AS score,
      ${pairs ? 'folio_adjacent(articles_fts, ?)' : '0'} AS adjacent`,
    params: [Buffer.from(plan.plainIndexes), ...(pairs ? [pairs] : [])]
  }
}

/**
 * One ranked page of a query (loose mode) in a single statement: score, total, the summary columns,
 * the body's search key (null for an article written without one) and the body as UTF-8 bytes.
 * The total: with folio-fts, the number of rows it ranked (folio_ranked_rows, read once the page's
 * sort has consumed them all); in SQL with `withTotal`, a window count over the same matches (nearly
 * free once bm25 has visited them all, unless they are tens of thousands: see broad-words); else null.
 */
export function rankedRowsSql(plan: SearchPlan, limit: number, offset: number, withTotal = true): Sql {
  if (plan.match === null || plan.exactKey) throw new Error('rankedRowsSql is for loose queries only')
  const fw = fromWhere(plan)
  const rank = rankColumns(plan)
  const window = !plan.native && withTotal
  const ranked = `SELECT f.rowid AS id, ${rank.sql} ${fw.sql}`
  const total = plan.native ? 'folio_ranked_rows()' : window ? 'page.total' : 'NULL'
  return {
    sql: `WITH page AS (
        ${window ? `SELECT id, score, adjacent, count(*) OVER () AS total FROM (${ranked})` : ranked}
        ORDER BY adjacent DESC, score DESC, id LIMIT ? OFFSET ?)
      SELECT page.score AS score, ${total} AS total, ${SUMMARY_COLUMNS}, k.body_key AS body_key,
        CAST(a.body AS BLOB) AS body_utf8
      FROM page JOIN articles a ON a.id = page.id
        LEFT JOIN article_search_keys k ON k.article_id = page.id
      ORDER BY page.adjacent DESC, page.score DESC, page.id`,
    params: [...rank.params, ...fw.params, limit, offset]
  }
}

export function countSql(plan: SearchPlan): Sql {
  const fw = fromWhere(plan)
  return { sql: `SELECT count(*) AS n ${fw.sql}`, params: fw.params }
}

/** `SELECT id …` of every matching article, to use as `IN (…)`. */
export function idsSql(plan: SearchPlan): Sql {
  const fw = fromWhere(plan)
  return { sql: `SELECT ${idColumn(plan)} ${fw.sql}`, params: fw.params }
}
