// Emits an FTS5 MATCH expression from a ParsedQuery. Every word is a quoted string, so no user text
// can act as FTS5 syntax; words are folded (đ→d) exactly as the index's text was.
import { foldVietnamese } from '../text/fold-vietnamese'
import type { ParsedQuery, QueryClause, QueryTerm } from './query-ast'

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

/** At most this many word pairs rank a query; longer queries (a pasted title) rank on the first ones. */
export const MAX_ADJACENT_PAIRS = 6

/** A clause that is one plain word: no OR, no phrase, no prefix. */
function plainWord(c: QueryClause): string | null {
  const t = c.anyOf.length === 1 ? c.anyOf[0] : null
  return t && t.words.length === 1 && !t.prefix ? t.words[0] : null
}

/** Clause indexes (i, i + 1) of the plain words typed next to each other, at most MAX_ADJACENT_PAIRS. */
function adjacentClauses(q: ParsedQuery): [number, number, string, string][] {
  const pairs: [number, number, string, string][] = []
  for (let i = 0; i + 1 < q.all.length && pairs.length < MAX_ADJACENT_PAIRS; i++) {
    const a = plainWord(q.all[i])
    const b = plainWord(q.all[i + 1])
    if (a && b) pairs.push([i, i + 1, a, b])
  }
  return pairs
}

/**
 * FTS5 phrases of the plain words typed next to each other (`hop tac quoc te` gives "hop tac",
 * "tac quoc", "quoc te"). Vietnamese words are mostly two or more syllables written apart, so an
 * article where the typed syllables stand together is what the person meant; the ranking puts the
 * articles with more of these pairs first. They only order results: the words are still ANDed.
 */
export function adjacentPhrases(q: ParsedQuery): string[] {
  return adjacentClauses(q).map(([, , a, b]) => ftsTerm({ words: [a, b], prefix: false }))
}

/**
 * The same pairs as indexes of phrases in toFtsMatch's expression (FTS5 numbers its phrases left to
 * right: each OR alternative is one), flattened a0 b0 a1 b1 … for folio_adjacent. Indexes past 255
 * do not fit its byte blob; such a pair is left out.
 */
export function adjacentPhraseIndexes(q: ParsedQuery): number[] {
  const first: number[] = []
  let n = 0
  for (const c of q.all) {
    first.push(n)
    n += c.anyOf.length
  }
  return adjacentClauses(q)
    .map(([i, j]) => [first[i], first[j]])
    .filter(([a, b]) => a < 256 && b < 256)
    .flat()
}

/**
 * Indexes of the phrases of toFtsMatch's expression (with exclusions) that are not prefixes, for
 * folio_rank: it may keep how many articles hold these, by their words, between queries.
 */
export function plainPhraseIndexes(q: ParsedQuery): number[] {
  const terms = [...q.all.flatMap((c) => c.anyOf), ...q.none]
  return terms.flatMap((t, i) => (t.prefix || i > 255 ? [] : [i]))
}
