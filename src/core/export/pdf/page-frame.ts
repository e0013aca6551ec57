// Running header and page numbers, drawn on every buffered page once the total is known.
import type { Doc } from './pdf-document'
import type { PageGeometry } from './flow'
import { RULE } from './colors'
import { STYLES } from './styles'
import { fitLine } from './fit-line'

export interface FrameOptions {
  /** Left side of the running header (usually the title). */
  header: string
  /** Right side of the running header (source, or the brief's name). */
  headerRight?: string
  pageLabel: (n: number, total: number) => string
  /** Pages (zero-based) that get no running header, e.g. the first page or a cover. */
  skipHeader?: (page: number) => boolean
  skipNumber?: (page: number) => boolean
}

export function drawPageFrames(doc: Doc, g: PageGeometry, options: FrameOptions): void {
  const range = doc.bufferedPageRange()
  const total = range.count
  const s = STYLES.frame
  // The header is the same on every page: measured and fitted once, in the frame's font.
  doc.font(s.font).fontSize(s.size)
  const right = options.headerRight ? options.headerRight.normalize('NFC') : ''
  const rightWidth = right ? doc.widthOfString(right) : 0
  const left = fitLine(options.header.normalize('NFC'), g.right - g.left - rightWidth - 24, (t) =>
    doc.widthOfString(t)
  )
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Marked as a pagination artifact: readers leave it out of the text flow (copy, reflow, speech).
    doc.markContent('Artifact', { type: 'Pagination' })
    doc.font(s.font).fontSize(s.size).fillColor(s.color)
    if (!options.skipHeader?.(i)) {
      const y = g.top - 34
      doc.text(left, g.left, y, { lineBreak: false })
      if (right) doc.text(right, g.right - rightWidth, y, { lineBreak: false })
      doc
        .save()
        .moveTo(g.left, y + 14)
        .lineTo(g.right, y + 14)
        .lineWidth(0.5)
        .stroke(RULE)
        .restore()
    }
    if (!options.skipNumber?.(i)) {
      const label = options.pageLabel(i - range.start + 1, total)
      const w = doc.widthOfString(label)
      doc.text(label, (g.left + g.right) / 2 - w / 2, g.bottom + 30, { lineBreak: false })
    }
    doc.endMarkedContent()
  }
}
