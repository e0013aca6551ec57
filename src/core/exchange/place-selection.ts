// Where an imported selection lands in the stored article text. The source text may change on the way in
// (Folio stores NFC with LF line endings), and the exporting tool may have recorded the selected text
// (`name`) — when that text is not at the recorded position, the selection is re-anchored on it. Pure.
import { anchorPassage } from '../passages/anchor-passage'
import { selectorFor } from '../passages/quote-selector'
import { normalizeText } from '../text/normalize'

export type Placement =
  | { start: number; end: number; how: 'position' }
  | { start: number; end: number; how: 're-anchored' }
  /** The recorded text was found nowhere: the passage stays at the recorded position. */
  | { start: number; end: number; how: 'unmatched' }

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()

/** True when `recorded` is the text at the position, allowing for whitespace and a truncated label. */
export function recordedTextMatches(recorded: string, actual: string): boolean {
  const r = squash(normalizeText(recorded))
  const a = squash(actual)
  if (r === a) return true
  const cut = r.replace(/(\.\.\.|…)$/, '').trimEnd()
  return cut !== r && cut.length > 0 && a.startsWith(cut)
}

/**
 * `rawStart`/`rawEnd` are UTF-16 offsets into the source text as it was in the file; `body` is
 * normalizeText(raw), as stored.
 */
export function placeSelection(
  raw: string,
  body: string,
  rawStart: number,
  rawEnd: number,
  recorded: string | null
): Placement {
  let start = rawStart
  let end = rawEnd
  if (raw !== body) {
    const quote = normalizeText(raw.slice(rawStart, rawEnd))
    start = normalizeText(raw.slice(0, rawStart)).length
    end = start + quote.length
    if (body.slice(start, end) !== quote) {
      const found = nearest(body, quote, start)
      if (found >= 0) [start, end] = [found, found + quote.length]
    }
    start = Math.min(start, body.length - 1)
    end = Math.max(start + 1, Math.min(end, body.length))
  }
  if (recorded === null || recorded === '' || recordedTextMatches(recorded, body.slice(start, end))) {
    return { start, end, how: 'position' }
  }
  const exact = normalizeText(recorded)
  const anchor = anchorPassage(body, { ...selectorFor(body, start, end), exact, prefix: '', suffix: '' })
  if (anchor.status === 'anchored') return { start: anchor.start, end: anchor.end, how: 're-anchored' }
  return { start, end, how: 'unmatched' }
}

function nearest(text: string, quote: string, hint: number): number {
  let best = -1
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) best = i
  }
  return best
}
