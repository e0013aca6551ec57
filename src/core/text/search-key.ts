// The search key of a text: one code unit per code unit of the original, so an offset into the key
// is an offset into the text. Letters and digits are folded loosely (lower case, marks removed, đ→d,
// as the FTS5 index sees them), a combining mark becomes U+0300, and other characters become the
// ASCII punctuation that snippets cut at. Search keeps the key of every body (article_search_keys) so
// a results page finds its highlights with plain literal regexes, in a string that is almost always
// pure ASCII and therefore cheap to read out of SQLite, instead of decoding every body it shows.
import { DROP, looseUnit, unitTable } from './loose-unit'

/** What a combining mark becomes in a key; key patterns let it follow any letter. */
export const KEY_MARK = '\u0300'

const TOKEN = /^[\p{L}\p{N}\p{Co}]$/u
const SPACE = /^\s$/u
// Only the closing quotes that make-snippet accepts after a sentence end, so a key cuts where the text would.
const CLOSING_QUOTES = '”’'

function computeKeyUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  if (c >= 0xd800 && c <= 0xdfff) return c
  const folded = looseUnit(c)
  if (folded === DROP) return KEY_MARK.charCodeAt(0)
  const ch = String.fromCharCode(c)
  if (TOKEN.test(ch)) return folded
  if (SPACE.test(ch)) return 0x20
  if (ch === '…') return 0x2e // a sentence end for snippets
  if (CLOSING_QUOTES.includes(ch)) return 0x22
  return 0x23
}

/** Key units: read for every unit of every imported body (the search-key trigger). */
const keyUnit = unitTable(computeKeyUnit)

/**
 * The key is built as Latin-1 bytes while every unit fits in one (Vietnamese folds to ASCII, so nearly
 * always), which makes it a one-byte string: cheaper to make than a two-byte one, and cheaper for
 * SQLite to take as UTF-8 when the trigger stores it.
 */
export function searchKey(text: string): string {
  const n = text.length
  const bytes = Buffer.allocUnsafe(n)
  let i = 0
  for (; i < n; i++) {
    const k = keyUnit(text.charCodeAt(i))
    if (k > 0xff) break
    bytes[i] = k
  }
  if (i === n) return bytes.toString('latin1', 0, n)
  // A unit beyond Latin-1 (a mark, another script, a surrogate): the whole key as UTF-16.
  const units = new Uint16Array(n)
  for (let j = 0; j < i; j++) units[j] = bytes[j]
  for (; i < n; i++) units[i] = keyUnit(text.charCodeAt(i))
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le')
}
