// Running header and page numbers, drawn on every buffered page once the total is known.
import type { Doc } from './pdf-document'
import type { PageGeometry } from './flow'
import { RULE } from './colors'
import { STYLES } from './styles'
import { fitWords } from './fit-line'
import { lineText } from './text-hygiene'
import { drawTextLine, textWidth } from './shared-fonts'

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
  const { left, right, rightWidth } = fitHeader(
    lineText(options.header),
    lineText(options.headerRight ?? ''),
    g.right - g.left,
    (t) => textWidth(s.font, t, s.size)
  )
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Marked as a pagination artifact: readers leave it out of the text flow (copy, reflow, speech).
    doc.markContent('Artifact', { type: 'Pagination' })
    doc.font(s.font).fontSize(s.size).fillColor(s.color)
    if (!options.skipHeader?.(i)) {
      const y = g.top - 34
      drawTextLine(doc, s.font, s.size, left, g.left, y)
      if (right) drawTextLine(doc, s.font, s.size, right, g.right - rightWidth, y)
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

/** Room kept between the title and the source on the header line. */
const HEADER_GAP = 24
/** The source's fair share of the line when both sides are too long to fit whole. */
const RIGHT_SHARE = 0.4

/**
 * Both sides of the running header, shortened with "…" so they never meet: the source keeps what the
 * title does not need, but at most its fair share when the title needs more; the title gets the rest.
 */
export function fitHeader(
  header: string,
  headerRight: string,
  width: number,
  measure: (text: string) => number
): { left: string; right: string; rightWidth: number } {
  if (!headerRight) return { left: fitWords(header, width, measure), right: '', rightWidth: 0 }
  const room = width - HEADER_GAP
  const rightRoom = Math.max(room * RIGHT_SHARE, room - measure(header))
  const right = fitWords(headerRight, rightRoom, measure)
  const rightWidth = measure(right)
  return { left: fitWords(header, room - rightWidth, measure), right, rightWidth }
}
