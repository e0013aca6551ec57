// A loose-mode hit built from the body's search key (text/search-key) rather than the body: the key
// has the body's offsets, so matches and the snippet window are found in it, and only the snippet's
// own characters are decoded from the body's UTF-8 bytes. Decoding twenty whole bodies into
// JavaScript strings cost more than ranking the query.
import { KEY_MARK, searchKey } from '../text/search-key'
import { makeSnippet } from './make-snippet'
import type { ParsedQuery } from './query-ast'
import type { Snippet, TextRange } from './search-types'
import { compileKeyMatcher, findMatches, type TextMatcher } from './text-matcher'

/** Key matchers of one query, plain and (for decomposed text, rare) letting marks follow letters. */
export interface KeyMatchers {
  forKey(key: string): TextMatcher
}

export function keyMatchers(q: ParsedQuery): KeyMatchers {
  let plain: TextMatcher | null = null
  let marks: TextMatcher | null = null
  return {
    forKey: (key) =>
      key.includes(KEY_MARK)
        ? (marks ??= compileKeyMatcher(q, true))
        : (plain ??= compileKeyMatcher(q, false))
  }
}

/** Match ranges in a title, found in its key. */
export function keyedTitleHighlights(m: KeyMatchers, title: string): TextRange[] {
  const key = searchKey(title)
  return findMatches(m.forKey(key), key).map(({ start, end }) => ({ start, end }))
}

/** Byte offset in UTF-8 `raw` of UTF-16 offset `units`, walking on from (`byte`, `unit`). */
function byteOffset(raw: Buffer, units: number, byte: number, unit: number): number {
  let i = byte
  let u = unit
  while (i < raw.length && u < units) {
    const b = raw[i]
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
    u += n === 4 ? 2 : 1
    i += n
  }
  return i
}

/** Code units [start, start + length) of a body given as UTF-8 bytes; only that part is decoded. */
function bodySlice(raw: Buffer, start: number, length: number): string {
  const from = byteOffset(raw, start, 0, 0)
  return raw.toString('utf8', from, byteOffset(raw, start + length, from, start))
}

/** The snippet of an article whose body has search key `key` and UTF-8 bytes `raw`. */
export function keyedSnippet(raw: Buffer, key: string, m: KeyMatchers): Snippet | null {
  const cut = makeSnippet(key, findMatches(m.forKey(key), key))
  if (!cut) return null
  return { ...cut, text: bodySlice(raw, cut.bodyStart, cut.text.length) }
}
