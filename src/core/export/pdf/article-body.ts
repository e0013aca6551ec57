// The article text, block by block: passage shading under each line, a numbered marker in the
// margin where each passage begins, and the fragment boxes the highlight annotations will cover.
import type { ExportArticle } from '../brief-data'
import type { Flow, PlacedLine } from './flow'
import type { FragmentBox } from './highlight-annotation'
import { articleBlocks, type NumberedPassage } from './article-model'
import { drawMarker, drawMoreMarker, shadeLine, type ShadedPassage } from './passage-shading'
import { bookmark } from './outline'
import { blockStyle } from './styles'
import { INK } from './colors'

export interface BodyResult {
  /** Fragment boxes per passage id, in reading order, across pages. */
  fragments: Map<number, FragmentBox[]>
}

/** Distance between two margin markers on one line, centre to centre. */
const MARKER_STEP = 17
/** The first marker's centre, left of the text. */
const MARKER_INSET = 22

/** A line's margin markers: the first ones are drawn as they come; the rest are counted. */
interface LineMarkers {
  page: number
  centreY: number
  count: number
  /** The passage in the last slot, drawn at the end if no other one follows it. */
  last?: { n: number; color: string }
}

/** How many markers fit left of the text with the last one's centre 13 pt or more inside the page. */
function marginSlots(left: number): number {
  return Math.max(1, Math.floor((left - MARKER_INSET - 13) / MARKER_STEP) + 1)
}

/**
 * The last slot of each crowded line: its passage's marker when it is the only one left, else "+N".
 * Hundreds of passages can start on one line (a heavily coded lede); drawn side by side they ran off
 * the page, and drawing them cost seconds.
 */
function drawCrowdedLines(flow: Flow, lines: Iterable<LineMarkers>, slots: number): void {
  const current = flow.page
  let page = current
  const x = flow.geometry.left - MARKER_INSET - (slots - 1) * MARKER_STEP
  for (const m of lines) {
    if (m.count < slots) continue
    if (m.page !== page) flow.doc.switchToPage((page = m.page))
    if (m.count === slots && m.last) drawMarker(flow.doc, x, m.centreY, m.last.n, m.last.color)
    else drawMoreMarker(flow.doc, x, m.centreY, m.count - slots + 1)
  }
  if (page !== current) flow.doc.switchToPage(current)
}

export function drawArticleBody(
  flow: Flow,
  article: ExportArticle,
  passages: NumberedPassage[],
  outline: PDFKit.PDFOutline
): BodyResult {
  const { doc, geometry: g } = flow
  const shaded: (ShadedPassage & { n: number })[] = passages
    .filter((p) => p.status === 'anchored' && p.end <= article.body.length)
    .map((p) => ({ id: p.id, start: p.start, end: p.end, color: p.color, track: p.track, n: p.n }))
  const fragments = new Map<number, FragmentBox[]>()
  const markersOnLine = new Map<string, LineMarkers>()
  const slots = marginSlots(g.left)
  let next = 0 // first passage that may still touch the lines ahead (passages sorted by start)

  for (const block of articleBlocks(article)) {
    const { style, before, after, indent } = blockStyle(block.kind)
    const text = article.body.slice(block.start, block.end)
    flow.space(before)
    if (block.kind === 'heading') flow.ensure(style.leading + 3 * 16)
    while (next < shaded.length && shaded[next].end <= block.start) next++
    const touching = shaded.slice(next).filter((p) => p.start < block.end && p.end > block.start)
    const beforeText = (line: PlacedLine, measure: (s: string) => number): void => {
      if (!touching.length) return
      shadeLine(doc, line, measure, block.start, touching, (p, box) => {
        const list = fragments.get(p.id)
        if (list) {
          list.push(box)
          return
        }
        fragments.set(p.id, [box])
        const key = `${line.page}:${line.top}`
        let m = markersOnLine.get(key)
        if (!m) {
          m = { page: line.page, centreY: line.bandTop + line.bandHeight / 2, count: 0 }
          markersOnLine.set(key, m)
        }
        const slot = m.count++
        if (slot < slots - 1)
          drawMarker(doc, g.left - MARKER_INSET - slot * MARKER_STEP, m.centreY, p.n, p.color)
        else if (slot === slots - 1) m.last = { n: p.n, color: p.color }
      })
    }
    if (block.kind === 'list-item') {
      // A drawn bullet, not a text character, so copied text is just the item.
      flow.ensure(style.leading)
      doc
        .save()
        .circle(g.left + 4, flow.y + style.leading / 2 + 0.5, 1.7)
        .fill(INK)
        .restore()
    }
    if (block.kind === 'caption' || block.kind === 'quote') {
      const top = flow.y
      const lines = flow.paragraph(text, style, { x: g.left + indent, beforeText })
      drawSideRule(flow, lines, top, block.kind === 'caption' ? '#C9CED6' : '#9AA3AE')
    } else {
      const lines = flow.paragraph(text, style, { x: g.left + indent, beforeText })
      if (block.kind === 'heading' && lines.length) bookmark(doc, outline, text, lines[0].top)
    }
    flow.space(after)
  }
  drawCrowdedLines(flow, markersOnLine.values(), slots)
  return { fragments }
}

/** A thin vertical rule left of a caption or quote, one segment per page it spans. */
function drawSideRule(flow: Flow, lines: PlacedLine[], _top: number, color: string): void {
  const byPage = new Map<number, PlacedLine[]>()
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l])
  const current = flow.page
  for (const [page, ls] of byPage) {
    if (page !== current) flow.doc.switchToPage(page)
    const x = flow.geometry.left + 2
    const y0 = ls[0].bandTop
    const last = ls[ls.length - 1]
    flow.doc
      .save()
      .moveTo(x, y0)
      .lineTo(x, last.bandTop + last.bandHeight)
      .lineWidth(1.2)
      .stroke(color)
      .restore()
  }
  if (flow.page !== current || byPage.size > 1) flow.doc.switchToPage(current)
}
