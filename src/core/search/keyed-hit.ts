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

/** Whether a little-endian word of four UTF-8 bytes holds a four-byte character's lead (11110xxx). */
const hasFourByteLead = (w: number): boolean => (w & (w << 1) & (w << 2) & (w << 3) & 0x80808080) !== 0

/**
 * Byte offset in UTF-8 `raw` of UTF-16 offset `units`, walking on from (`byte`, `unit`). Every byte
 * that is not a continuation byte (10xxxxxx) starts a character, one unit (two for a four-byte one).
 * Whole words of four bytes are counted at once while the offset lies beyond them: a snippet's start
 * is thousands of bytes into its body, and this walk was the costliest step of a results page.
 */
function byteOffset(raw: Buffer, units: number, byte: number, unit: number): number {
  const n = raw.length
  const words = new DataView(raw.buffer, raw.byteOffset, n)
  let i = byte
  let u = unit
  while (i + 4 <= n) {
    const w = words.getUint32(i, true)
    if (hasFourByteLead(w)) break
    // continuation bytes: bit 7 set, bit 6 clear; their count summed into the top byte
    const continuation = Math.imul((w & ~(w << 1) & 0x80808080) >>> 7, 0x01010101) >>> 24
    if (u + 4 - continuation > units) break
    u += 4 - continuation
    i += 4
  }
  for (; i < n; i++) {
    const b = raw[i]
    if ((b & 0xc0) === 0x80) continue
    if (u >= units) return i
    u += b >= 0xf0 ? 2 : 1
  }
  return n
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
