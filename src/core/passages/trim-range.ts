// Checking a passage range against an article's text and trimming it to the words it covers.
import { FolioError } from '../errors'

const SPACE = /\s/u
const HAS_WORDS = /[\p{L}\p{N}]/u

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Trims surrounding white space from [start, end). Returns null when nothing but white space or
 * punctuation is left. Never splits a surrogate pair (an emoji or a rare CJK character).
 */
export function trimToWords(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = start
  let e = end
  if (s > 0 && isLowSurrogate(body.charCodeAt(s))) s--
  if (e < body.length && isLowSurrogate(body.charCodeAt(e))) e++
  while (s < e && SPACE.test(body[s])) s++
  while (e > s && SPACE.test(body[e - 1])) e--
  if (s >= e || !HAS_WORDS.test(body.slice(s, e))) return null
  return { start: s, end: e }
}

/**
 * Validates a user's range over an article's text and trims it; throws one clear FolioError for
 * a range that is not whole numbers, reversed, out of bounds or empty.
 */
export function checkRange(
  body: string,
  start: number,
  end: number,
  articleId: number
): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new FolioError('invalid-input', `A range needs two whole numbers, not ${start}:${end}.`)
  }
  if (start < 0 || end < 0)
    throw new FolioError('invalid-input', `The range ${start}:${end} has a negative offset.`)
  if (end < start) {
    throw new FolioError(
      'invalid-input',
      `The range ${start}:${end} is reversed: the start must come before the end.`
    )
  }
  if (end === start) throw new FolioError('invalid-input', `The range ${start}:${end} is empty.`)
  if (end > body.length) {
    throw new FolioError(
      'invalid-input',
      `The range ${start}:${end} lies outside article ${articleId}, whose text is ${body.length} characters long.`
    )
  }
  const trimmed = trimToWords(body, start, end)
  if (!trimmed) {
    throw new FolioError('invalid-input', `The range ${start}:${end} holds no words; choose some text.`)
  }
  return trimmed
}
