// Bookmarks: an outline entry pointing at a spot on the current page.
import type { Doc } from './pdf-document'
import { lineText } from './text-hygiene'

export function bookmark(
  doc: Doc,
  parent: PDFKit.PDFOutline,
  title: string,
  top: number,
  expanded = false
): PDFKit.PDFOutline {
  // pdfkit computes Left as "page width minus left": passing the width puts the view at the left edge.
  const options = { top: Math.max(0, top - 12), left: doc.page.width, expanded }
  return parent.addItem(lineText(title), options as { expanded?: boolean })
}
