// The numbered markers left of a line where passages begin. They are laid out once the whole text
// has flowed, when each line's passages are known: side by side from the text outwards, each as wide
// as its number, and where the margin has no room for the rest, one "+N" pill for them (their numbers
// are in the notes). Markers were once placed at a fixed step, so wide numbers (three digits and up)
// covered each other's digits and a "+N" grew onto its neighbour: "1001" read as "001".
import type { Flow } from './flow'
import { drawMarker, drawMoreMarker, markerWidth, moreMarkerWidth } from './passage-shading'

/** Space between the first marker's right edge and the text. */
const TEXT_CLEARANCE = 16
/** Space between two markers on a line. */
const GAP = 5
/** No marker comes nearer the page's left edge than this. */
const PAGE_EDGE = 4

interface LineMarkers {
  page: number
  centreY: number
  passages: { n: number; color: string }[]
}

/**
 * How many of a line's `count` markers (marker i `width(i)` wide, the first nearest the text) to draw
 * in `room` points; the rest go into a "+N" pill `moreWidth(N)` wide. Draws as many as leave room for
 * it. Widths are asked for only as far as they are needed (a line can begin hundreds of passages).
 */
export function markersThatFit(
  count: number,
  width: (i: number) => number,
  room: number,
  moreWidth: (more: number) => number
): number {
  let used = 0
  let fit = 0
  for (let i = 0; i < count; i++) {
    const next = used + (i ? GAP : 0) + width(i)
    const rest = count - i - 1
    if (next + (rest ? GAP + moreWidth(rest) : 0) > room) break
    used = next
    fit = i + 1
  }
  return fit
}

export class MarginMarkers {
  private readonly lines = new Map<string, LineMarkers>()

  /** Passage number `n` begins on the line at (`page`, `top`), whose band is centred on `centreY`. */
  add(page: number, top: number, centreY: number, n: number, color: string): void {
    const key = `${page}:${top}`
    let line = this.lines.get(key)
    if (!line) this.lines.set(key, (line = { page, centreY, passages: [] }))
    line.passages.push({ n, color })
  }

  /** Draws every line's markers on its page, then returns to the page the flow is on. */
  draw(flow: Flow): void {
    const { doc, geometry } = flow
    const current = flow.page
    let page = current
    const start = geometry.left - TEXT_CLEARANCE
    for (const line of this.lines.values()) {
      if (line.page !== page) doc.switchToPage((page = line.page))
      const { passages } = line
      const width = (i: number): number => markerWidth(passages[i].n)
      const fit = markersThatFit(passages.length, width, start - PAGE_EDGE, moreMarkerWidth)
      let right = start
      for (let i = 0; i < fit; i++) {
        drawMarker(doc, right - width(i) / 2, line.centreY, passages[i].n, passages[i].color)
        right -= width(i) + GAP
      }
      const more = passages.length - fit
      if (more) drawMoreMarker(doc, right - moreMarkerWidth(more) / 2, line.centreY, more)
    }
    if (page !== current) doc.switchToPage(current)
  }
}
