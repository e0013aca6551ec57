// Finding where a quote now sits in a (possibly edited) text: exact or fuzzy candidates, each scored
// on the quote itself, its prefix and suffix, and its distance from where it used to be. Pure.
import search from 'approx-string-match'

export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** The old start offset: among otherwise equal candidates the nearest wins. */
  hint?: number
}

export interface QuoteMatch {
  start: number
  end: number
  /** Edits between the stored quote and the text at [start, end). */
  errors: number
  /** 0–1 overall, the weighted blend below. */
  score: number
  quoteScore: number
  prefixScore: number
  suffixScore: number
  positionScore: number
}

interface Candidate {
  start: number
  end: number
  errors: number
}

// The quote carries most of the weight. Prefix and suffix are what tell two copies of the same words
// apart, so together they weigh almost as much. Position only breaks ties: a passage that moved far
// because text was inserted above it must still win over a worse match that happens to sit nearby.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position

/** How far from the old position a local search looks, beyond the quote's own length. */
const LOCAL_MARGIN = 64

function exactOccurrences(text: string, quote: string): Candidate[] {
  const out: Candidate[] = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return out
}

/** The fewest edits that turn `pattern` into some part of `text` (0 = found as is). */
function contextErrors(text: string, pattern: string): number {
  if (!pattern) return 0
  if (!text) return pattern.length
  const best = search(text, pattern, pattern.length)
  return best.length ? Math.min(...best.map((m) => m.errors)) : pattern.length
}

function similarity(errors: number, length: number): number {
  return length === 0 ? 1 : Math.max(0, 1 - errors / length)
}

/**
 * The candidates worth scoring: every exact occurrence, or else the best fuzzy ones in the whole text,
 * plus the best fuzzy ones near the old position. The library only returns the lowest-error matches,
 * so without the local search an exact copy elsewhere would hide a lightly edited original here.
 */
function candidates(text: string, quote: string, maxErrors: number, hint: number | undefined): Candidate[] {
  const exact = exactOccurrences(text, quote)
  const all = exact.length ? exact : search(text, quote, maxErrors)
  if (hint === undefined) return all
  const from = Math.max(0, hint - quote.length - LOCAL_MARGIN)
  const to = Math.min(text.length, hint + 2 * quote.length + LOCAL_MARGIN)
  if (from === 0 && to === text.length) return all
  const local = search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors
  }))
  const seen = new Set(all.map((m) => `${m.start}:${m.end}`))
  return [...all, ...local.filter((m) => !seen.has(`${m.start}:${m.end}`))]
}

/** Scores one candidate range against the stored quote and context. */
export function scoreCandidate(text: string, quote: string, c: Candidate, context: QuoteContext): QuoteMatch {
  const prefix = context.prefix ?? ''
  const suffix = context.suffix ?? ''
  const quoteScore = similarity(c.errors, quote.length)
  const before = text.slice(Math.max(0, c.start - prefix.length), c.start)
  const after = text.slice(c.end, c.end + suffix.length)
  const prefixScore = similarity(contextErrors(before, prefix), prefix.length)
  const suffixScore = similarity(contextErrors(after, suffix), suffix.length)
  const positionScore =
    context.hint === undefined || text.length === 0
      ? 1
      : 1 - Math.min(1, Math.abs(c.start - context.hint) / text.length)
  const score =
    (WEIGHT.quote * quoteScore +
      WEIGHT.prefix * prefixScore +
      WEIGHT.suffix * suffixScore +
      WEIGHT.position * positionScore) /
    TOTAL
  return { ...c, score, quoteScore, prefixScore, suffixScore, positionScore }
}

/**
 * The best place for `quote` in `text`, or null when nothing is within half the quote's length of
 * edits. The caller decides whether the best is good enough (see anchor-passage.ts).
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote || !text) return null
  const maxErrors = Math.min(256, Math.floor(quote.length / 2))
  let best: QuoteMatch | null = null
  for (const c of candidates(text, quote, maxErrors, context.hint)) {
    const m = scoreCandidate(text, quote, c, context)
    if (!best || m.score > best.score) best = m
  }
  return best
}
