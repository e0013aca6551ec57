// Shortening a one-line text (a running header) to a width, with an ellipsis. The cut is found by
// bisection: trimming one character at a time measured the whole text once per character, and a
// 4,800-character title took seconds per page.
import type { Measure } from './text-layout'

const ELLIPSIS = '…'

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

/** The prefix of `text` of `n` code units, never ending inside a surrogate pair. */
function prefix(text: string, n: number): string {
  return n > 0 && isHighSurrogate(text.charCodeAt(n - 1)) ? text.slice(0, n - 1) : text.slice(0, n)
}

/**
 * `text` itself when it fits in `width`, else its longest prefix that fits with `…` after it (at
 * least one character, even if that does not fit). Widths only grow as characters are added, so the
 * longest fitting prefix can be bisected.
 */
export function fitLine(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text
  const fits = (n: number): boolean => measure(prefix(text, n).trimEnd() + ELLIPSIS) <= width
  let lo = 1 // the shortest allowed cut, whether or not it fits
  let hi = text.length // the whole text does not fit
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (fits(mid)) lo = mid
    else hi = mid
  }
  return prefix(text, lo).trimEnd() + ELLIPSIS
}

/**
 * Like fitLine, but a cut inside a word moves back to the space before it ("liên kết…", not "liên
 * kế…"), unless that would give up more than half of what fits (one very long word).
 */
export function fitWords(text: string, width: number, measure: Measure): string {
  const fitted = fitLine(text, width, measure)
  if (fitted === text) return fitted
  const kept = fitted.length - ELLIPSIS.length
  if (kept >= text.length || /\s/.test(text[kept])) return fitted
  const space = fitted.lastIndexOf(' ', kept)
  return space > kept / 2 ? text.slice(0, space).trimEnd() + ELLIPSIS : fitted
}
