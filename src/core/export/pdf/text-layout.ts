// Line breaking on real font metrics: which characters sit on which line, and where a range starts and ends.
// Pure: it takes a measure function (pdfkit's widthOfString in use), so tests can pass a fake one.

export type Measure = (text: string) => number

export interface LaidLine {
  /** Offsets into the laid-out text; `end` excludes the spaces where the line breaks. */
  start: number
  end: number
  width: number
}

/**
 * Greedy line breaking. Runs are split exactly where pdfkit splits them when it draws (after each
 * space), so the summed width equals what pdfkit draws. `\n` forces a break; a word wider than the
 * line is cut between characters.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure): LaidLine[] {
  const lines: LaidLine[] = []
  let segStart = 0
  for (;;) {
    const nl = text.indexOf('\n', segStart)
    const segEnd = nl < 0 ? text.length : nl
    breakSegment(text, segStart, segEnd, maxWidth, measure, lines)
    if (nl < 0) break
    segStart = nl + 1
  }
  return lines
}

function breakSegment(
  text: string,
  from: number,
  to: number,
  maxWidth: number,
  measure: Measure,
  out: LaidLine[]
): void {
  let lineStart = -1
  let lineEnd = from
  let width = 0 // width of the line up to lineEnd, trailing space excluded
  let widthWithSpace = 0 // the same, with the space after it (what the next word starts from)
  let i = from
  while (i < to && text[i] === ' ') i++
  while (i < to) {
    let wordEnd = i
    while (wordEnd < to && text[wordEnd] !== ' ') wordEnd++
    let runEnd = wordEnd
    while (runEnd < to && text[runEnd] === ' ') runEnd++
    const word = text.slice(i, wordEnd)
    const wordWidth = measure(word)
    if (lineStart >= 0 && widthWithSpace + wordWidth > maxWidth) {
      out.push({ start: lineStart, end: lineEnd, width })
      lineStart = -1
    }
    if (lineStart < 0 && wordWidth > maxWidth) {
      i = cutLongWord(text, i, wordEnd, maxWidth, measure, out)
      if (i < wordEnd) {
        lineStart = i
        width = measure(text.slice(i, wordEnd))
        widthWithSpace = measure(text.slice(i, runEnd))
        lineEnd = wordEnd
      }
      i = runEnd
      continue
    }
    if (lineStart < 0) {
      lineStart = i
      widthWithSpace = 0
    }
    width = widthWithSpace + wordWidth
    widthWithSpace += runEnd > wordEnd ? measure(text.slice(i, runEnd)) : wordWidth
    lineEnd = wordEnd
    i = runEnd
  }
  if (lineStart >= 0) out.push({ start: lineStart, end: lineEnd, width })
  else out.push({ start: from, end: from, width: 0 })
}

/** Emits full lines of a word too wide for one line; returns where its last, partial line starts. */
function cutLongWord(
  text: string,
  from: number,
  to: number,
  maxWidth: number,
  measure: Measure,
  out: LaidLine[]
): number {
  let start = from
  while (start < to && measure(text.slice(start, to)) > maxWidth) {
    let end = start + 1
    while (end < to && measure(text.slice(start, end + 1)) <= maxWidth) end++
    out.push({ start, end, width: measure(text.slice(start, end)) })
    start = end
  }
  return start
}

/** Horizontal extent, relative to the line's start, of the part of [from, to) that lies on `line`. */
export function rangeOnLine(
  text: string,
  line: LaidLine,
  from: number,
  to: number,
  measure: Measure
): { x0: number; x1: number; start: number; end: number } | null {
  const start = Math.max(from, line.start)
  const end = Math.min(to, line.end)
  if (end <= start) return null
  const x0 = start === line.start ? 0 : measure(text.slice(line.start, start))
  const x1 = end === line.end ? line.width : measure(text.slice(line.start, end))
  return { x0, x1, start, end }
}
