// Emits an FTS5 MATCH expression from a ParsedQuery. Every word is a quoted string, so no user text
// can act as FTS5 syntax; words are folded (đ→d) exactly as the index's text was.
import { foldVietnamese } from '../text/fold-vietnamese'
import type { ParsedQuery, QueryTerm } from './query-ast'

function ftsTerm(t: QueryTerm): string {
  const phrase = `"${foldVietnamese(t.words.join(' ')).replace(/"/g, '""')}"`
  return t.prefix ? `${phrase} *` : phrase
}

/**
 * The MATCH expression. With `withExclusions` false the `-word` terms are left out (exact mode
 * checks them on the original text instead: a folded NOT would also drop articles that only
 * contain a different-diacritics form of the word).
 */
export function toFtsMatch(q: ParsedQuery, withExclusions = true): string {
  const positive = q.all
    .map((c) => (c.anyOf.length === 1 ? ftsTerm(c.anyOf[0]) : `(${c.anyOf.map(ftsTerm).join(' OR ')})`))
    .join(' AND ')
  if (!withExclusions || q.none.length === 0) return positive
  return `(${positive})${q.none.map((t) => ` NOT ${ftsTerm(t)}`).join('')}`
}
