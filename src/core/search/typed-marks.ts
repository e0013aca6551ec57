// Diacritics typed in a loose query say which word is meant: "đối ngoại" is foreign affairs, "đôi
// ngoại" (a pair of foreign players) only folds to the same letters. Loose search still finds every
// spelling, but among the first WINDOW results of the folded ranking, the articles that hold the
// words as typed (exact mode's test, on the original text) come first: those where the words typed
// side by side also stand side by side, then those that hold them anywhere, then the rest, each group
// in the folded order. Past the window the order is the folded ranking's own. The window is fixed, so every page of
// a query is cut from the same order and paging never repeats or skips an article.
import type { DB } from '../db/connection'
import type { ParsedQuery, QueryClause } from './query-ast'
import { foldLoose } from './match-fold'
import { countSql, pageSql, type SearchPlan } from './search-sql'
import { cachedStatement } from './statement-cache'
import { compileMatcher, satisfies } from './text-matcher'

/** How many of the folded ranking's first results are reordered. */
export const TYPED_MARKS_WINDOW = 60

/** Whether a word of the query carries a mark or đ (which loose search folds away). */
export function hasTypedMarks(q: ParsedQuery): boolean {
  return q.all.some((c) => c.anyOf.some((t) => t.words.some((w) => foldLoose(w) !== w)))
}

/** The query with each run of plain words typed side by side made one phrase: đối ngoại → "đối ngoại". */
export function asPhrases(q: ParsedQuery): ParsedQuery {
  const all: QueryClause[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length) all.push({ anyOf: [{ words: run, prefix: false }] })
    run = []
  }
  for (const c of q.all) {
    const t = c.anyOf.length === 1 ? c.anyOf[0] : null
    if (t && t.words.length === 1 && !t.prefix) {
      run.push(t.words[0])
    } else {
      flush()
      all.push(c)
    }
  }
  flush()
  return { all, none: q.none }
}

export interface TypedMarksPage<Row> {
  rows: { row: Row; score: number }[]
  total: number
}

/** The matches' total: folio-fts counted them while ranking; in SQL, a count. */
function totalOf(db: DB, plan: SearchPlan, ranked: number): number {
  if (ranked < TYPED_MARKS_WINDOW) return ranked
  if (plan.native) return (cachedStatement(db, 'SELECT folio_ranked_rows() AS n').get() as { n: number }).n
  const count = countSql(plan)
  return (cachedStatement(db, count.sql).get(...count.params) as { n: number }).n
}

/** One page, starting inside the window (offset < TYPED_MARKS_WINDOW), of a loose query with diacritics. */
export function typedMarksPage<Row extends { title: string; body: string }>(
  db: DB,
  plan: SearchPlan,
  parsed: ParsedQuery,
  fetchRow: (id: number) => Row,
  limit: number,
  offset: number
): TypedMarksPage<Row> {
  const first = pageSql(plan, TYPED_MARKS_WINDOW, 0)
  const window = cachedStatement(db, first.sql).all(...first.params) as { id: number; score: number }[]
  const total = totalOf(db, plan, window.length)
  const side = compileMatcher(asPhrases(parsed), true)
  const anywhere = compileMatcher(parsed, true)
  const tiers: { row: Row; score: number }[][] = [[], [], []]
  for (const c of window) {
    const row = fetchRow(c.id)
    const tier = satisfies(side, row.title, row.body) ? 0 : satisfies(anywhere, row.title, row.body) ? 1 : 2
    tiers[tier].push({ row, score: c.score })
  }
  const rows = tiers.flat().slice(offset, offset + limit)
  if (rows.length < limit && window.length === TYPED_MARKS_WINDOW) {
    // the page runs past the window: on in the folded order
    const next = pageSql(plan, limit - rows.length, TYPED_MARKS_WINDOW)
    const after = cachedStatement(db, next.sql).all(...next.params) as { id: number; score: number }[]
    rows.push(...after.map((c) => ({ row: fetchRow(c.id), score: c.score })))
  }
  return { rows, total }
}
