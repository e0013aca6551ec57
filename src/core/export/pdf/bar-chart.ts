// Passages per theme as a horizontal bar chart drawn with vector shapes (crisp at any zoom, in print).
import type { Flow } from './flow'
import { lineText } from './text-hygiene'
import { MUTED, RULE } from './colors'
import { STYLES } from './styles'
import { drawTextLine, textWidth } from './shared-fonts'

export interface Bar {
  label: string
  value: number
  color: string
  /** Sub-themes are indented under their theme. */
  depth: number
}

export function drawBarChart(flow: Flow, bars: Bar[]): void {
  const { doc, geometry: g } = flow
  const s = STYLES.small
  const rowHeight = 22
  const labelWidth = Math.min(
    200,
    Math.max(...bars.map((b) => textWidth(s.font, lineText(b.label), s.size) + 10 * b.depth)) + 12
  )
  const max = Math.max(1, ...bars.map((b) => b.value))
  const x0 = g.left + labelWidth
  const barSpace = g.right - x0 - 36
  for (const bar of bars) {
    flow.ensure(rowHeight)
    const y = flow.y
    const label = fitText(lineText(bar.label), labelWidth - 12 - 10 * bar.depth, s.font, s.size)
    doc
      .font(s.font)
      .fontSize(s.size)
      .fillColor(bar.depth ? MUTED : '#1F2328')
    drawTextLine(doc, s.font, s.size, label, g.left + 10 * bar.depth, y + 5)
    const w = Math.max(1.5, (bar.value / max) * barSpace)
    doc
      .save()
      .rect(x0, y + 4, w, rowHeight - 9)
      .fill(bar.color)
      .restore()
    doc
      .font('semibold')
      .fontSize(s.size)
      .fillColor('#1F2328')
      .text(String(bar.value), x0 + w + 6, y + 5, { lineBreak: false })
    flow.y += rowHeight
  }
  doc
    .save()
    .moveTo(x0, flow.y - rowHeight * bars.length)
    .lineTo(x0, flow.y)
    .lineWidth(0.6)
    .stroke(RULE)
    .restore()
}

export function fitText(
  text: string,
  width: number,
  font: Parameters<typeof textWidth>[0],
  size: number
): string {
  if (textWidth(font, text, size) <= width) return text
  let cut = text
  while (cut.length > 1 && textWidth(font, cut + '…', size) > width) cut = cut.slice(0, -1)
  return cut.trimEnd() + '…'
}
