// Exact mode's page: candidates come from the folded index in bm25 (or date) order and are checked on the
// original text one by one until the page is full, so only a few bodies are read, never all hits.
import type { DB } from '../db/connection'
import { countSql, pageSql, type SearchPlan, type Sql } from './search-sql'
import { cachedStatement } from './statement-cache'
import { satisfies, type TextMatcher } from './text-matcher'

/** Candidates fetched per round trip, and the most checked for one page. */
const BATCH = 100
const MAX_CHECKED = 3000

export interface ExactPage<Row> {
  rows: { row: Row; score: number }[]
  /** More verified results exist after this page. */
  more: boolean
  total: number
  /** The total was extrapolated from the candidates checked, not counted. */
  estimated: boolean
}

export function exactPage<Row extends { title: string; body: string }>(
  db: DB,
  candidates: SearchPlan,
  matcher: TextMatcher,
  fetchRow: (id: number) => Row,
  limit: number,
  offset: number,
  /** The candidates' order: bm25 (pageSql) unless the search is sorted by date. */
  candidatePage: (plan: SearchPlan, limit: number, offset: number) => Sql = pageSql
): ExactPage<Row> {
  const rows: { row: Row; score: number }[] = []
  let checked = 0
  let verified = 0
  let exhausted = false
  for (let from = 0; rows.length <= limit && checked < MAX_CHECKED; from += BATCH) {
    const page = candidatePage(candidates, BATCH, from)
    const batch = cachedStatement(db, page.sql).all(...page.params) as { id: number; score: number }[]
    for (const c of batch) {
      const row = fetchRow(c.id)
      checked++
      if (!satisfies(matcher, row.title, row.body)) continue
      verified++
      if (verified > offset && rows.length <= limit) rows.push({ row, score: c.score })
    }
    if (batch.length < BATCH) {
      exhausted = true
      break
    }
  }
  const more = rows.length > limit
  if (more) rows.length = limit
  if (exhausted) return { rows, more, total: verified, estimated: false }
  const count = countSql(candidates)
  const candidatesTotal = (cachedStatement(db, count.sql).get(...count.params) as { n: number }).n
  const estimate = Math.round((verified / Math.max(checked, 1)) * candidatesTotal)
  return { rows, more, total: Math.max(estimate, offset + rows.length + (more ? 1 : 0)), estimated: true }
}
