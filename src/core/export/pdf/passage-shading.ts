// Passage shading under laid-out lines: a tinted band per line fragment in the theme's colour;
// where passages overlap, the band is split into stacked strips, one per passage, so each stays visible.
import type { Doc } from './pdf-document'
import type { PlacedLine } from './flow'
import type { FragmentBox } from './highlight-annotation'
import type { Measure } from './text-layout'
import { SHADE_STRENGTH, tint } from './colors'
import { labelOutline, labelWidth } from './glyph-label'

export interface ShadedPassage {
  id: number
  /** Offsets in the same text as the lines (plus the caller's base). */
  start: number
  end: number
  color: string
  /** Stacking position among overlapping passages (0 = top strip). */
  track: number
}

/** Interval colouring: each passage gets the lowest track free at its start. Sorted by start. */
export function assignTracks<T extends { start: number; end: number }>(
  sorted: T[]
): (T & { track: number })[] {
  const trackEnds: number[] = []
  return sorted.map((p) => {
    let track = trackEnds.findIndex((end) => end <= p.start)
    if (track < 0) track = trackEnds.length
    trackEnds[track] = p.end
    return { ...p, track }
  })
}

/**
 * Shades the passages that touch `line` and reports each passage's fragment box on it.
 * `base` turns line offsets (relative to the block's text) into passage offsets.
 */
export function shadeLine<P extends ShadedPassage>(
  doc: Doc,
  line: PlacedLine,
  measure: Measure,
  base: number,
  passages: P[],
  onFragment: (passage: P, box: FragmentBox) => void
): void {
  const lineStart = base + line.start
  const lineEnd = base + line.end
  const xAt = (offset: number): number =>
    offset <= lineStart ? 0 : offset >= lineEnd ? line.width : measure(line.text.slice(0, offset - lineStart))
  const frags: { p: P; s: number; e: number }[] = []
  for (const p of passages) {
    if (p.start >= lineEnd || p.end <= lineStart) continue
    const s = Math.max(p.start, lineStart)
    const e = Math.min(p.end, lineEnd)
    if (e <= s) continue
    frags.push({ p, s, e })
    onFragment(p, {
      page: line.page,
      x0: line.x + xAt(s),
      x1: line.x + xAt(e),
      top: line.bandTop,
      bottom: line.bandTop + line.bandHeight
    })
  }
  if (!frags.length) return
  const cuts = [...new Set(frags.flatMap((f) => [f.s, f.e]))].sort((a, b) => a - b)
  doc.save()
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]]
    const covering = frags.filter((f) => f.s <= s && f.e >= e).sort((a, b) => a.p.track - b.p.track)
    if (!covering.length) continue
    const x0 = line.x + xAt(s)
    const x1 = line.x + xAt(e)
    const h = line.bandHeight / covering.length
    covering.forEach((f, k) => {
      doc.rect(x0, line.bandTop + k * h, x1 - x0, h).fill(tint(f.p.color, SHADE_STRENGTH))
    })
  }
  doc.restore()
}

const MORE_SIZE = 6.5
const MARKER_SIZE = 7
/** A pill is at least this wide (one- and two-digit markers are all the same width). */
const MIN_PILL = 12

/** Width of the pill drawMoreMarker draws for `more`. */
export function moreMarkerWidth(more: number): number {
  return Math.max(MIN_PILL, labelWidth('semibold', `+${more}`, MORE_SIZE) + 7)
}

/** Width of the numbered disc drawMarker draws for passage `n`. */
export function markerWidth(n: number): number {
  return Math.max(MIN_PILL, labelWidth('semibold', String(n), MARKER_SIZE) + 7)
}

/**
 * "+N" in a grey pill centred on `x`: N more passages begin on this line than the margin has room
 * for (their numbers are in the notes after the article).
 */
export function drawMoreMarker(doc: Doc, x: number, centreY: number, more: number): void {
  const label = `+${more}`
  const textWidth = labelWidth('semibold', label, MORE_SIZE)
  const w = moreMarkerWidth(more)
  doc.save()
  doc.roundedRect(x - w / 2, centreY - 6, w, 12, 6).fill('#6B7280')
  doc.restore()
  labelOutline(doc, 'semibold', label, x - textWidth / 2, centreY + 2.3, MORE_SIZE, '#FFFFFF')
}

/** A numbered disc in the margin, in the passage's colour (the number is outlines, not text). */
export function drawMarker(doc: Doc, x: number, centreY: number, n: number, color: string): void {
  const label = String(n)
  const textWidth = labelWidth('semibold', label, MARKER_SIZE)
  const w = markerWidth(n)
  doc.save()
  doc.roundedRect(x - w / 2, centreY - 6, w, 12, 6).fill(color)
  doc.restore()
  labelOutline(doc, 'semibold', label, x - textWidth / 2, centreY + 2.5, MARKER_SIZE, '#FFFFFF')
}
