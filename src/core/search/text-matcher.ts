// Finds a query's terms in original text, in loose (diacritics-insensitive) or exact mode, for
// highlights, snippets, find-in-article and exact-mode verification. The regex runs straight on the
// stored text: each letter becomes a class of its variants ([oóòỏõọôốồ…] in loose mode) that also
// accepts the decomposed (NFD) spelling, so every range points at the original text, folded or not.
import { KEY_MARK } from '../text/search-key'
import { exactClass, foldLoose, looseClass } from './match-fold'
import type { ParsedQuery, QueryTerm } from './query-ast'
import type { TextRange } from './search-types'

// Term regexes hold only small explicit classes: Unicode property classes (\p{L}…) have hundreds
// of ranges, and compiling them into every new query's regex cost more than scanning 20 bodies.
// Word boundaries and prefix tails are therefore checked in code with the static regexes below.
/** Combining marks of Latin script (NFD Vietnamese uses U+0300–U+0323). */
const MARKS = '[\\u0300-\\u036f]'
/** Between the words of a phrase: anything that is not a letter or digit of the common scripts. */
const SEPARATOR =
  '[^0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1fff\\u3040-\\u9fff\\uac00-\\ud7af]+'
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u
const TOKEN_AT_END = /[\p{L}\p{N}\p{M}\p{Co}]$/u

/** A regex over original text; for a combined pattern, group n (1-based) is term groupTerm[n - 1]. */
interface Pattern {
  re: RegExp
  groupTerm: number[]
  /** Per group (or for the single term): the last word is a prefix, so the match runs to word end. */
  prefix: boolean[]
}

export interface TextMatcher {
  exact: boolean
  /** All positive terms, longest first, one capture group each. */
  combined: Pattern
  /** One pattern per term (positive terms first, then exclusions); built on first use. */
  terms(): Pattern[]
  /** Term indexes per clause (any of them satisfies the clause). */
  clauses: number[][]
  /** Term indexes that must not occur. */
  excluded: number[]
}

export interface TermMatch extends TextRange {
  /** Index of the positive term that matched. */
  term: number
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/** Loose: any letter folding to the same base, then any marks (NFD text keeps its marks apart). */
function looseWord(word: string): string {
  return [...foldLoose(word)]
    .map((ch) => (ch.length === 1 ? `${looseClass(ch)}${MARKS}*` : escapeRegex(ch)))
    .join('')
}

/** Exact: the letter as typed (either case), precomposed or decomposed, and no further mark. */
function exactWord(word: string): string {
  return [...word.normalize('NFC')]
    .map((ch) => {
      if (ch.length !== 1) return escapeRegex(ch)
      const nfd = ch.normalize('NFD')
      const decomposed = nfd.length > 1 ? `|${exactClass(nfd[0])}${escapeRegex(nfd.slice(1))}` : ''
      return `(?:${exactClass(ch)}${decomposed})(?!${MARKS})`
    })
    .join('')
}

/**
 * Over a search key (text/search-key): the folded word as a literal, which V8 scans for far faster
 * than letter classes. With `marks` (a key of decomposed text) a mark may follow every letter.
 */
function keyWord(word: string, marks: boolean): string {
  const folded = foldLoose(word)
  return marks ? [...folded].map((ch) => `${escapeRegex(ch)}${KEY_MARK}*`).join('') : escapeRegex(folded)
}

type WordSource = (word: string) => string

// The start boundary is checked in code (see scan): a leading lookbehind would stop V8 from
// skipping quickly to the first letter.
function termSource(t: QueryTerm, word: WordSource): string {
  return t.words.map(word).join(SEPARATOR)
}

function pattern(terms: QueryTerm[], word: WordSource, groupTerm: number[]): Pattern {
  const join = (parts: string[]): string =>
    groupTerm.length ? parts.map((p) => `(${p})`).join('|') : parts[0]
  return {
    re: new RegExp(join(terms.map((t) => termSource(t, word))), 'g'),
    groupTerm,
    prefix: terms.map((t) => t.prefix)
  }
}

export function compileMatcher(q: ParsedQuery, exact: boolean): TextMatcher {
  return buildMatcher(q, exact, exact ? exactWord : looseWord)
}

/** A loose matcher over search keys instead of original text (same ranges: keys keep offsets). */
export function compileKeyMatcher(q: ParsedQuery, marks: boolean): TextMatcher {
  return buildMatcher(q, false, (w) => keyWord(w, marks))
}

function buildMatcher(q: ParsedQuery, exact: boolean, word: WordSource): TextMatcher {
  const positive: QueryTerm[] = []
  const clauses = q.all.map((c) =>
    c.anyOf.map((t) => {
      positive.push(t)
      return positive.length - 1
    })
  )
  let termPatterns: Pattern[] | null = null
  const order = positive
    .map((t, i) => ({ i, weight: t.words.join(' ').length + t.words.length * 1000 }))
    .sort((a, b) => b.weight - a.weight)
    .map((x) => x.i)
  return {
    exact,
    combined: pattern(
      order.map((i) => positive[i]),
      word,
      order
    ),
    terms: () => (termPatterns ??= [...positive, ...q.none].map((t) => pattern([t], word, []))),
    clauses,
    excluded: q.none.map((_, k) => positive.length + k)
  }
}

/** The code point starting at `at` is a letter, digit or mark (a word goes on). */
function tokenAt(text: string, at: number): boolean {
  return at < text.length && TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number))
}

/** A letter, digit or mark ends just before `at` (so a match starting there is inside a word). */
function wordBefore(text: string, at: number): boolean {
  return TOKEN_AT_END.test(text.slice(Math.max(0, at - 2), at))
}

/**
 * Runs a pattern over text for whole-word matches: each is pushed to `out`, or, without `out`, the
 * scan stops at the first and returns true. (No callback: a closure per scan, forty per results
 * page, cost more than the scans of most keys.)
 */
function scan(p: Pattern, text: string, out: TermMatch[] | null): boolean {
  const re = p.re
  re.lastIndex = 0
  let hit: RegExpExecArray | null
  while ((hit = re.exec(text))) {
    const at = hit.index
    if (hit[0].length === 0 || (at > 0 && wordBefore(text, at))) {
      re.lastIndex = at + 1
      continue
    }
    let g = 1
    if (p.groupTerm.length) while (hit[g] === undefined) g++
    let end = at + hit[0].length
    if (p.prefix[g - 1]) {
      while (tokenAt(text, end)) end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1
    } else if (tokenAt(text, end)) {
      re.lastIndex = at + 1
      continue
    }
    if (!out) return true
    out.push({ start: at, end, term: p.groupTerm.length ? p.groupTerm[g - 1] : 0 })
    re.lastIndex = end
  }
  return false
}

/** Every positive-term match in `original`, in order, as ranges of the original text. */
export function findMatches(m: TextMatcher, original: string): TermMatch[] {
  const out: TermMatch[] = []
  scan(m.combined, original, out)
  return out
}

function occurs(p: Pattern, text: string): boolean {
  return scan(p, text, null)
}

/** Whether title + body satisfy the whole query (every clause, no exclusion), as FTS5 would. */
export function satisfies(m: TextMatcher, title: string, body: string): boolean {
  const found = (i: number): boolean => occurs(m.terms()[i], title) || occurs(m.terms()[i], body)
  return m.clauses.every((c) => c.some(found)) && !m.excluded.some(found)
}
