// The article text, block by block: passage shading under each line, a numbered marker in the
// margin where each passage begins, and the fragment boxes the highlight annotations will cover.
import type { ExportArticle } from '../brief-data'
import type { Flow, PlacedLine } from './flow'
import type { FragmentBox } from './highlight-annotation'
import { articleBlocks, type NumberedPassage } from './article-model'
import { shadeLine, type ShadedPassage } from './passage-shading'
import { MarginMarkers } from './margin-markers'
import { bookmark } from './outline'
import { blockStyle } from './styles'
import { INK } from './colors'

export interface BodyResult {
  /** Fragment boxes per passage id, in reading order, across pages. */
  fragments: Map<number, FragmentBox[]>
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
  const markers = new MarginMarkers()
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
        markers.add(line.page, line.top, line.bandTop + line.bandHeight / 2, p.n, p.color)
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
  markers.draw(flow)
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
