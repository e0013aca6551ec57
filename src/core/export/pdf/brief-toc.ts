// The brief's table of contents: pages reserved before the chapters are laid out, filled in after,
// so page numbers are exact in one pass. Each entry links to its chapter.
import type { Labels } from '../labels'
import type { Flow } from './flow'
import { lineText } from './text-hygiene'
import { fitText } from './bar-chart'
import { MUTED, RULE } from './colors'
import { STYLES } from './styles'
import { drawTextLine, textWidth } from './shared-fonts'

export interface TocEntry {
  title: string
  depth: number
  /** Zero-based page index of the target. */
  page: number
  /** Named destination the entry links to. */
  destination: string
}

const ROW = 19
const HEAD = 46

export function tocPageCount(flow: Flow, entries: number): number {
  const usable = flow.geometry.bottom - flow.geometry.top
  const firstPage = Math.floor((usable - HEAD) / ROW)
  return entries <= firstPage ? 1 : 1 + Math.ceil((entries - firstPage) / Math.floor(usable / ROW))
}

export function drawToc(flow: Flow, firstPage: number, entries: TocEntry[], labels: Labels): void {
  const { doc, geometry: g } = flow
  let page = firstPage
  doc.switchToPage(page)
  let y = g.top
  doc.font(STYLES.sectionTitle.font).fontSize(STYLES.sectionTitle.size).fillColor(STYLES.sectionTitle.color)
  doc.text(labels.contents, g.left, y, { lineBreak: false })
  y += HEAD
  for (const e of entries) {
    if (y + ROW > g.bottom) {
      doc.switchToPage(++page)
      y = g.top
    }
    const style = e.depth === 0 ? STYLES.themeTitle : STYLES.note
    const size = e.depth === 0 ? 11 : 10
    const x = g.left + 16 * e.depth
    const number = String(e.page + 1)
    const numberWidth = textWidth('regular', number, 10)
    const title = fitText(lineText(e.title), g.right - x - numberWidth - 40, style.font, size)
    const titleWidth = textWidth(style.font, title, size)
    doc
      .font(style.font)
      .fontSize(size)
      .fillColor(e.depth === 0 ? '#1F2328' : MUTED)
    drawTextLine(doc, style.font, size, title, x, y)
    doc
      .font('regular')
      .fontSize(10)
      .fillColor('#1F2328')
      .text(number, g.right - numberWidth, y + (size - 10), { lineBreak: false })
    const leaderY = y + size * 1.0
    doc
      .save()
      .moveTo(x + titleWidth + 6, leaderY)
      .lineTo(g.right - numberWidth - 6, leaderY)
      .dash(0.6, { space: 3 })
      .lineWidth(0.6)
      .stroke(RULE)
      .restore()
    doc.goTo(x, y - 2, g.right - x, ROW - 2, e.destination)
    y += ROW
  }
}
