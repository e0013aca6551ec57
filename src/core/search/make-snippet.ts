// Picks the best passage of a body for a result list: the window holding the most distinct query
// terms (then the most pairs of them side by side, as search ranks; then the most matches), cut at
// word or sentence boundaries, with its matches as ranges.
import type { Snippet } from './search-types'
import type { TermMatch } from './text-matcher'

export const SNIPPET_LENGTH = 220
/** How far before the first match a sentence start may be used as the snippet start. */
const SENTENCE_REACH = 80

/** 1 where match k and match k + 1 are different terms with only a space between them. */
function sideBySide(body: string, matches: TermMatch[]): Uint8Array {
  const pairs = new Uint8Array(matches.length)
  for (let k = 0; k + 1 < matches.length; k++) {
    const a = matches[k]
    const b = matches[k + 1]
    if (a.term !== b.term && /^\s+$/u.test(body.slice(a.end, b.start))) pairs[k] = 1
  }
  return pairs
}

function bestWindow(body: string, matches: TermMatch[], length: number): [number, number] {
  let best: [number, number] = [0, 1]
  let bestScore = -1
  const counts = new Map<number, number>()
  const pairs = sideBySide(body, matches)
  let pairsIn = 0 // pairs k with k and k + 1 both in the window [i, j)
  const add = (k: number): void => {
    counts.set(matches[k].term, (counts.get(matches[k].term) ?? 0) + 1)
  }
  let j = 0
  for (let i = 0; i < matches.length; i++) {
    if (j <= i) {
      pairsIn = 0
      add(i)
      j = i + 1
    }
    while (j < matches.length && matches[j].end - matches[i].start <= length) {
      if (pairs[j - 1]) pairsIn++ // match j - 1 is in the window already
      add(j++)
    }
    const score = counts.size * 1e8 + pairsIn * 1e4 + (j - i)
    if (score > bestScore) {
      bestScore = score
      best = [i, j]
    }
    const left = (counts.get(matches[i].term) ?? 1) - 1
    if (left === 0) counts.delete(matches[i].term)
    else counts.set(matches[i].term, left)
    if (pairs[i] && i + 1 < j) pairsIn--
  }
  return best
}

/** Start at the nearest sentence or block start before the first match if one is close, else a word. */
function snapStart(body: string, start: number, firstMatch: number): number {
  const from = Math.max(0, firstMatch - SENTENCE_REACH)
  const before = body.slice(from, firstMatch)
  let sentence = from === 0 ? 0 : -1
  const boundary = /(?:\n|[.!?…]["”’)]?\s+)/gu
  let m: RegExpExecArray | null
  while ((m = boundary.exec(before))) sentence = from + m.index + m[0].length
  if (sentence >= 0) return sentence
  if (start <= 0) return 0
  const space = body.slice(start, firstMatch).search(/\s/u)
  return space >= 0 ? start + space + 1 : start
}

const WHITESPACE = /\s/u

/** End at the last white space after the last match (the word it would cut is left out), else at `end`. */
function snapEnd(body: string, end: number, lastMatch: number): number {
  if (end >= body.length) return body.length
  for (let at = end - 1; at > lastMatch; at--) if (WHITESPACE.test(body[at])) return at
  return end
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** The snippet for one body, or null for an empty body. `matches` are body ranges in order. */
export function makeSnippet(body: string, matches: TermMatch[], length = SNIPPET_LENGTH): Snippet | null {
  if (!body.trim()) return null
  let start = 0
  let end: number
  if (matches.length === 0) {
    end = snapEnd(body, Math.min(body.length, length), 0)
  } else {
    const [i, j] = bestWindow(body, matches, length)
    const first = matches[i].start
    const last = matches[j - 1].end
    const slack = Math.max(0, length - (last - first))
    start = snapStart(body, Math.max(0, first - Math.floor(slack * 0.3)), first)
    end = snapEnd(body, Math.max(last, Math.min(body.length, start + length)), last)
  }
  while (start < end && /\s/u.test(body[start])) start++
  while (end > start && /\s/u.test(body[end - 1])) end--
  // Never cut a surrogate pair (an emoji, a rare CJK character) in half.
  if (start > 0 && isLowSurrogate(body.charCodeAt(start))) start--
  if (end < body.length && isLowSurrogate(body.charCodeAt(end))) end++
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start - start, end: m.end - start }))
  return {
    text: body.slice(start, end),
    highlights,
    bodyStart: start,
    clippedStart: body.slice(0, start).trim().length > 0,
    clippedEnd: body.slice(end).trim().length > 0
  }
}
