// Re-anchoring a passage in an article's (possibly corrected) text: keep the position when the quote
// still sits there, else search for the quote; a passage that cannot be placed is an orphan. Pure.
import { matchQuote, type QuoteMatch } from './match-quote'
import type { PassageSelector } from './quote-selector'
import { trimToWords } from './trim-range'

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphan'; best: QuoteMatch | null }

/**
 * When a fuzzy match is good enough. A quote that is at least three quarters the same is the same
 * passage with a correction in it. Between half and three quarters (a short passage with one word
 * changed) it is kept only if its prefix and suffix still match well on both sides, which is what a
 * correction looks like and what a vanished paragraph does not.
 */
export const ANCHOR_THRESHOLDS = { quote: 0.75, quoteWithContext: 0.5, context: 0.75 } as const

export function isGoodEnough(m: QuoteMatch): boolean {
  if (m.quoteScore >= ANCHOR_THRESHOLDS.quote) return true
  return (
    m.quoteScore >= ANCHOR_THRESHOLDS.quoteWithContext &&
    m.prefixScore >= ANCHOR_THRESHOLDS.context &&
    m.suffixScore >= ANCHOR_THRESHOLDS.context
  )
}

/** How many characters of context pin an edge of a fuzzy match. */
const EDGE_PIN = 8

const WORD = /[\p{L}\p{N}]/u

/**
 * A fuzzy match's edges are only as good as its error budget allows: a word replaced at the very end
 * of a quote ("nghề" → "nhân lực") leaves the match ending mid-word. Where the stored suffix (or
 * prefix) still stands nearby, it fixes the edge exactly; otherwise a cut word is completed.
 */
export function refineEdges(
  text: string,
  m: { start: number; end: number },
  selector: PassageSelector
): { start: number; end: number } {
  const slack = Math.max(EDGE_PIN, Math.floor(selector.exact.length / 2))
  let { start, end } = m
  const head = selector.suffix.slice(0, EDGE_PIN)
  if (head) {
    const at = nearestOccurrence(text, head, end, slack)
    if (at !== null && at > start) end = at
  }
  const tail = selector.prefix.slice(-EDGE_PIN)
  if (tail) {
    const at = nearestOccurrence(text, tail, start - tail.length, slack)
    if (at !== null && at + tail.length < end) start = at + tail.length
  }
  while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) start--
  while (end < text.length && WORD.test(text[end - 1]) && WORD.test(text[end])) end++
  return { start, end }
}

function nearestOccurrence(text: string, needle: string, around: number, slack: number): number | null {
  let best: number | null = null
  const from = Math.max(0, around - slack)
  for (
    let at = text.indexOf(needle, from);
    at >= 0 && at <= around + slack;
    at = text.indexOf(needle, at + 1)
  ) {
    if (best === null || Math.abs(at - around) < Math.abs(best - around)) best = at
  }
  return best
}

export function anchorPassage(text: string, selector: PassageSelector): AnchorResult {
  const { start, end, exact } = selector
  if (end <= text.length && text.slice(start, end) === exact) {
    return { status: 'anchored', start, end, method: 'position', score: 1 }
  }
  const best = matchQuote(text, exact, { prefix: selector.prefix, suffix: selector.suffix, hint: start })
  if (!best || !isGoodEnough(best)) return { status: 'orphan', best }
  const edges = best.errors === 0 ? best : refineEdges(text, best, selector)
  const trimmed = trimToWords(text, edges.start, edges.end)
  if (!trimmed) return { status: 'orphan', best }
  return {
    status: 'anchored',
    start: trimmed.start,
    end: trimmed.end,
    method: best.errors === 0 ? 'quote' : 'fuzzy',
    score: best.score
  }
}
