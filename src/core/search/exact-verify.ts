// Exact mode: the folded FTS5 index finds candidates, then this SQL function keeps only articles
// whose original text matches with the diacritics as typed. No second index to store or keep in sync.
import type { DB } from '../db/connection'
import type { ParsedQuery } from './query-ast'
import { compileMatcher, satisfies, type TextMatcher } from './text-matcher'

export const EXACT_FUNCTION = 'folio_search_exact'

const registered = new WeakSet<DB>()
const matchers = new Map<string, TextMatcher>()

/** Registers the verifier on this connection (once) and returns the key naming this query's matcher. */
export function prepareExact(db: DB, q: ParsedQuery): string {
  if (!registered.has(db)) {
    db.function(EXACT_FUNCTION, { deterministic: true }, (title: unknown, body: unknown, key: unknown) => {
      const m = matchers.get(String(key))
      if (!m || typeof title !== 'string' || typeof body !== 'string') return 0
      return satisfies(m, title, body) ? 1 : 0
    })
    registered.add(db)
  }
  const key = JSON.stringify(q)
  if (!matchers.has(key)) {
    if (matchers.size > 100) matchers.clear()
    matchers.set(key, compileMatcher(q, true))
  }
  return key
}
