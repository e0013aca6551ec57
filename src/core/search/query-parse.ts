// Reads what a person typed into a ParsedQuery: words ANDed, "phrases", prefix*, -exclude, OR.
// Anything else (stray quotes, brackets, FTS5 or SQL syntax) is read as plain words or refused with
// one clear sentence; nothing the person types is ever handed to FTS5 as syntax.
import { FolioError } from '../errors'
import type { ParsedQuery, QueryTerm } from './query-ast'

export const MAX_QUERY_LENGTH = 1000
export const MAX_QUERY_TERMS = 32

/** What FTS5's unicode61 tokenizer keeps together as one token. */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu
const HAS_LETTER = /[\p{L}\p{N}\p{Co}]/u
/** Characters that glue words into one phrase inside an unquoted chunk: covid-19, 3/2, U.S., l'an. */
const CHUNK_SPLIT = /[^\p{L}\p{N}\p{M}\p{Co}\-‐‑–'’./_@&+*]+/u

type Lexeme = { kind: 'term'; term: QueryTerm; negate: boolean } | { kind: 'or' } | { kind: 'not' }

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => HAS_LETTER.test(w)).map((w) => w.toLowerCase())
}

/** Terms of an unquoted chunk: split at brackets and the like, glued pieces become phrases. */
function chunkTerms(chunk: string): QueryTerm[] {
  const terms: QueryTerm[] = []
  for (const piece of chunk.split(CHUNK_SPLIT)) {
    const words = wordsOf(piece)
    if (words.length === 0) continue
    terms.push({ words, prefix: /[\p{L}\p{N}\p{M}\p{Co}]\*+$/u.test(piece) })
  }
  return terms
}

function lex(input: string): Lexeme[] {
  const s = input.replace(/[“”„‟″]/g, '"')
  const out: Lexeme[] = []
  let i = 0
  while (i < s.length) {
    if (/\s/u.test(s[i])) {
      i++
      continue
    }
    let negate = false
    if (s[i] === '-' || s[i] === '−') {
      let k = i
      while (k < s.length && (s[k] === '-' || s[k] === '−')) k++
      if (k < s.length && !/\s/u.test(s[k])) negate = true
      i = k
      if (!negate) continue
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1)
      if (close < 0) {
        // An unbalanced quote: read the rest as ordinary words.
        i++
        continue
      }
      const words = wordsOf(s.slice(i + 1, close))
      i = close + 1
      let prefix = false
      while (s[i] === '*') {
        prefix = true
        i++
      }
      if (words.length) out.push({ kind: 'term', term: { words, prefix }, negate })
      continue
    }
    let end = i
    while (end < s.length && !/\s/u.test(s[end]) && s[end] !== '"') end++
    const chunk = s.slice(i, end)
    i = end
    if (!negate && chunk === 'OR') out.push({ kind: 'or' })
    else if (!negate && chunk === 'NOT') out.push({ kind: 'not' })
    else if (!negate && chunk === 'AND') continue
    else for (const term of chunkTerms(chunk)) out.push({ kind: 'term', term, negate })
  }
  return out
}

function checkPrefix(term: QueryTerm, typed: string): void {
  if (!term.prefix || term.words.length > 1) return
  if ([...term.words[0]].length < 2) {
    throw new FolioError(
      'invalid-input',
      `A prefix search needs at least two letters before the *: "${typed.trim()}".`
    )
  }
}

/**
 * Parses a query. Returns null for a blank query (the caller may list by filters alone); throws
 * FolioError('invalid-input') with one plain sentence when the text cannot be a search.
 */
export function parseQuery(input: string): ParsedQuery | null {
  if (typeof input !== 'string') throw new FolioError('invalid-input', 'The query must be text.')
  if (input.length > MAX_QUERY_LENGTH) {
    throw new FolioError(
      'invalid-input',
      `The query is too long (${input.length} characters); keep it under ${MAX_QUERY_LENGTH}.`
    )
  }
  const text = input.normalize('NFC')
  if (!text.trim()) return null
  const q: ParsedQuery = { all: [], none: [] }
  let pendingOr = false
  let pendingNot = false
  let lastWasPositive = false
  for (const lx of lex(text)) {
    if (lx.kind === 'or') {
      pendingOr = lastWasPositive
      continue
    }
    if (lx.kind === 'not') {
      pendingNot = true
      continue
    }
    checkPrefix(lx.term, text)
    if (lx.negate || pendingNot) {
      q.none.push(lx.term)
      lastWasPositive = false
    } else if (pendingOr && q.all.length) {
      q.all[q.all.length - 1].anyOf.push(lx.term)
      lastWasPositive = true
    } else {
      q.all.push({ anyOf: [lx.term] })
      lastWasPositive = true
    }
    pendingOr = false
    pendingNot = false
  }
  const count = q.all.reduce((n, c) => n + c.anyOf.length, 0) + q.none.length
  if (count > MAX_QUERY_TERMS) {
    throw new FolioError(
      'invalid-input',
      `The query has ${count} terms; a search can combine at most ${MAX_QUERY_TERMS}.`
    )
  }
  if (q.all.length === 0) {
    throw new FolioError(
      'invalid-input',
      q.none.length
        ? 'The query only excludes words; add at least one word to look for.'
        : `The query "${text.trim().slice(0, 60)}" has no words to search for.`
    )
  }
  return q
}
