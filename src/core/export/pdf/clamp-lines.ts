// Shortening a wrapped text to a number of lines, with "…" at the end of the last one: for places that
// must keep their size whatever the user typed (the brief's cover title, a citation under a quote).
import { fitWords } from './fit-line'
import { breakLines, type Measure } from './text-layout'

/**
 * `text` itself when it wraps to at most `maxLines` lines of `width`, else its first `maxLines - 1`
 * lines as they wrap and a last line cut to fit with "…". The earlier lines break exactly as before
 * (greedy breaking depends only on what precedes), so the result wraps to `maxLines` lines.
 */
export function clampLines(text: string, maxLines: number, width: number, measure: Measure): string {
  const lines = breakLines(text, width, measure)
  if (lines.length <= maxLines) return text
  const lastStart = lines[Math.max(0, maxLines - 1)].start
  // The rest as one line: a forced break after the cut would otherwise start another line.
  const rest = text.slice(lastStart).replace(/\s+/g, ' ')
  return text.slice(0, lastStart) + fitWords(rest, width, measure)
}
