// Which query words are broad — found in thousands of articles — learnt from earlier searches on the
// same connection. A results page normally takes its total from a window count over the ranked rows,
// almost free for ordinary queries; over tens of thousands of matches that count costs about five
// times more than a separate count(*) (it keeps every matching row), so a query with a broad word
// counts separately. What is learnt only chooses between two exact ways of counting.
import type { DB } from '../db/connection'
import type { ParsedQuery } from './query-ast'

/** A query with more matches than this marks its words as broad. */
export const BROAD_TOTAL = 2000
const MAX_WORDS = 5000

const learnt = new WeakMap<DB, Set<string>>()

/** The words of a query's positive terms. */
export function queryWords(q: ParsedQuery): string[] {
  return q.all.flatMap((c) => c.anyOf.flatMap((t) => t.words))
}

export function hasBroadWord(db: DB, words: string[]): boolean {
  const broad = learnt.get(db)
  return broad !== undefined && words.some((w) => broad.has(w))
}

/** Records a query's total: every word of a query matching more than BROAD_TOTAL articles is broad. */
export function noteTotal(db: DB, words: string[], total: number): void {
  if (total <= BROAD_TOTAL) return
  let broad = learnt.get(db)
  if (!broad) learnt.set(db, (broad = new Set()))
  if (broad.size > MAX_WORDS) broad.clear()
  for (const w of words) broad.add(w)
}
