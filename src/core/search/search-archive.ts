// search(): one ranked page of articles for what a person typed, with highlighted snippets, the
// total, a cursor for the next page and, on request, facet counts. Bodies are read only for the page.
import type { Archive } from '../archive'
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../articles/article-store'
import { FolioError } from '../errors'
import { makeSnippet } from './make-snippet'
import { parseQuery } from './query-parse'
import { decodeCursor, encodeCursor, searchFingerprint } from './search-cursor'
import { searchFacetsForPlan } from './search-facets'
import { exactPage } from './exact-page'
import { countSql, pageSql, planSearch } from './search-sql'
import type { SearchHit, SearchInput, SearchPage } from './search-types'
import { cachedStatement } from './statement-cache'
import { compileMatcher, findMatches, type TextMatcher } from './text-matcher'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 200

interface HitRow extends SummaryRow {
  body: string
}

const HIT_ROW_SQL = `SELECT ${SUMMARY_COLUMNS}, a.body FROM articles a WHERE a.id = ?`

const summary = toSummary

function pageSize(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_PAGE_SIZE) {
    throw new FolioError('invalid-input', `The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
  }
  return limit as number
}

function toHit(r: HitRow, score: number, matcher: TextMatcher | null): SearchHit {
  if (!matcher) {
    return { article: summary(r), score, titleHighlights: [], snippet: makeSnippet(r.body, []) }
  }
  return {
    article: summary(r),
    score,
    titleHighlights: findMatches(matcher, r.title).map(({ start, end }) => ({ start, end })),
    snippet: makeSnippet(r.body, findMatches(matcher, r.body))
  }
}

export function search(archive: Archive, input: SearchInput): SearchPage {
  if (!input || typeof input !== 'object') throw new FolioError('invalid-input', 'A search needs a query.')
  const query = input.query ?? ''
  if (typeof query !== 'string') throw new FolioError('invalid-input', 'The query must be text.')
  const exact = input.exact === true
  const limit = pageSize(input.limit)
  const parsed = parseQuery(query)
  const offset = decodeCursor(input.cursor, searchFingerprint(query, exact, input.filters))
  const db = archive.db
  const plan = planSearch(db, parsed, exact, input.filters)
  const matcher = parsed ? compileMatcher(parsed, exact) : null
  const rowStmt = cachedStatement(db, HIT_ROW_SQL)
  const fetchRow = (id: number): HitRow => rowStmt.get(id) as HitRow

  let page: { row: HitRow; score: number }[]
  let total: number
  let more: boolean
  let estimated = false
  if (exact && matcher && parsed) {
    // Candidates from the folded index without the SQL verifier; checked here, lazily.
    const candidates = planSearch(db, parsed, false, input.filters)
    candidates.match = plan.match
    const r = exactPage(db, candidates, matcher, fetchRow, limit, offset)
    ;({ rows: page, total, more, estimated } = r)
  } else {
    const sql = pageSql(plan, limit, offset)
    const rows = cachedStatement(db, sql.sql).all(...sql.params) as { id: number; score: number }[]
    const count = countSql(plan)
    total =
      offset === 0 && rows.length < limit
        ? rows.length
        : (cachedStatement(db, count.sql).get(...count.params) as { n: number }).n
    page = rows.map((r) => ({ row: fetchRow(r.id), score: r.score }))
    more = rows.length === limit && offset + rows.length < total
  }
  const hits = page.map((r) => toHit(r.row, r.score, matcher))
  const next = offset + hits.length
  return {
    hits,
    total,
    ...(estimated ? { totalIsEstimate: true } : {}),
    nextCursor: more ? encodeCursor(next, searchFingerprint(query, exact, input.filters)) : null,
    ...(input.withFacets ? { facets: searchFacetsForPlan(db, plan) } : {})
  }
}
