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
import { countSql, pageSql, planSearch, rankedRowsSql, type SearchPlan } from './search-sql'
import type { SearchHit, SearchInput, SearchPage, SearchSort } from './search-types'
import { cachedStatement } from './statement-cache'
import { compileMatcher, findMatches, type TextMatcher } from './text-matcher'
import { hasBroadWord, noteTotal, queryWords } from './broad-words'
import { keyedSnippet, keyedTitleHighlights, keyMatchers, type KeyMatchers } from './keyed-hit'
import { hasTypedMarks, TYPED_MARKS_WINDOW, typedMarksPage } from './typed-marks'
import { datePageSql } from './date-order'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 200

interface HitRow extends SummaryRow {
  body: string
}

interface RankedRow extends SummaryRow {
  score: number
  total: number | null
  body_key: string | null
  body_utf8: Buffer
}

const HIT_ROW_SQL = `SELECT ${SUMMARY_COLUMNS}, a.body FROM articles a WHERE a.id = ?`

const summary = toSummary

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest']

function sortOf(sort: unknown): SearchSort {
  if (sort === undefined || sort === null) return 'relevance'
  if (!SORTS.includes(sort as SearchSort)) {
    throw new FolioError('invalid-input', `Unknown sort "${String(sort)}": use relevance, newest or oldest.`)
  }
  return sort as SearchSort
}

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

/** A hit of a loose query, placed with the body's search key when it has one. */
function toRankedHit(
  r: RankedRow,
  keys: KeyMatchers,
  unkeyed: (id: number, score: number) => SearchHit
): SearchHit {
  if (r.body_key === null) return unkeyed(r.id, r.score)
  return {
    article: summary(r),
    score: r.score,
    titleHighlights: keyedTitleHighlights(keys, r.title),
    snippet: keyedSnippet(r.body_utf8, r.body_key, keys)
  }
}

function countTotal(db: Archive['db'], plan: SearchPlan): number {
  const count = countSql(plan)
  return (cachedStatement(db, count.sql).get(...count.params) as { n: number }).n
}

export function search(archive: Archive, input: SearchInput): SearchPage {
  if (!input || typeof input !== 'object') throw new FolioError('invalid-input', 'A search needs a query.')
  const query = input.query ?? ''
  if (typeof query !== 'string') throw new FolioError('invalid-input', 'The query must be text.')
  const exact = input.exact === true
  const limit = pageSize(input.limit)
  const sort = sortOf(input.sort)
  const parsed = parseQuery(query)
  let fp: string | undefined // hashed once, and only for a cursor read or written
  const fingerprint = (): string => (fp ??= searchFingerprint(query, exact, input.filters, sort))
  const offset = input.cursor == null || input.cursor === '' ? 0 : decodeCursor(input.cursor, fingerprint())
  const db = archive.db
  const plan = planSearch(db, parsed, exact, input.filters)
  let compiled: TextMatcher | null = null
  const matcher = (): TextMatcher | null => (parsed ? (compiled ??= compileMatcher(parsed, exact)) : null)
  const rowStmt = cachedStatement(db, HIT_ROW_SQL)
  const fetchRow = (id: number): HitRow => rowStmt.get(id) as HitRow

  let hits: SearchHit[]
  let total: number
  let more: boolean
  let estimated = false
  if (exact && parsed) {
    // Candidates from the folded index without the SQL verifier; checked here, lazily.
    const candidates = planSearch(db, parsed, false, input.filters)
    candidates.match = plan.match
    const byDate =
      sort === 'relevance'
        ? undefined
        : (p: SearchPlan, n: number, from: number) => datePageSql(p, sort, n, from)
    const r = exactPage(db, candidates, matcher()!, fetchRow, limit, offset, byDate)
    ;({ total, more, estimated } = r)
    hits = r.rows.map((p) => toHit(p.row, p.score, matcher()))
  } else if (parsed && sort === 'relevance' && offset < TYPED_MARKS_WINDOW && hasTypedMarks(parsed)) {
    // Words typed with diacritics: the articles holding them as typed come first (typed-marks.ts).
    const r = typedMarksPage(db, plan, parsed, fetchRow, limit, offset)
    total = r.total
    hits = r.rows.map((p) => toHit(p.row, p.score, matcher()))
    more = offset + hits.length < total
  } else if (parsed && sort === 'relevance') {
    // With folio-fts every row carries the total; in SQL, a window count, unless a word is broad.
    const native = plan.native
    const words = queryWords(parsed)
    const rowsCarryTotal = native || !hasBroadWord(db, words)
    const sql = rankedRowsSql(plan, limit, offset, rowsCarryTotal)
    const rows = cachedStatement(db, sql.sql).all(...sql.params) as RankedRow[]
    if (rowsCarryTotal && rows.length) total = rows[0].total as number
    else if (offset === 0 && rows.length < limit) total = rows.length
    else total = countTotal(db, plan) // also a page past the end, which has no row to carry a count
    if (!native) noteTotal(db, words, total)
    const keys = keyMatchers(parsed)
    const unkeyed = (id: number, score: number): SearchHit => toHit(fetchRow(id), score, matcher())
    hits = rows.map((r) => toRankedHit(r, keys, unkeyed))
    more = rows.length === limit && offset + rows.length < total
  } else {
    // A listing by filters alone (newest first), or a query's results by publication date.
    const sql =
      parsed && sort !== 'relevance' ? datePageSql(plan, sort, limit, offset) : pageSql(plan, limit, offset)
    const rows = cachedStatement(db, sql.sql).all(...sql.params) as { id: number; score: number }[]
    total = offset === 0 && rows.length < limit ? rows.length : countTotal(db, plan)
    hits = rows.map((r) => toHit(fetchRow(r.id), r.score, matcher()))
    more = rows.length === limit && offset + rows.length < total
  }
  const next = offset + hits.length
  return {
    hits,
    total,
    ...(estimated ? { totalIsEstimate: true } : {}),
    nextCursor: more ? encodeCursor(next, fingerprint()) : null,
    ...(input.withFacets ? { facets: searchFacetsForPlan(db, plan) } : {})
  }
}
