// The yardstick for export speed: the same text through bare pdfkit (its own line wrapping, one
// font, no shading, markers, annotations or outline). npm run bench times briefs against it.
import PDFDocument from 'pdfkit'
import { fontBytes } from '../fonts'
import { finish, type Paper } from './pdf-document'

export function renderPlainTextBaseline(texts: string[], paper: Paper = 'A4'): Promise<Buffer> {
  const doc = new PDFDocument({ size: paper === 'Letter' ? 'LETTER' : 'A4', margin: 72 })
  doc.registerFont('regular', fontBytes('regular'))
  doc.font('regular').fontSize(10.5)
  for (const text of texts) doc.text(text.normalize('NFC'), { paragraphGap: 7, lineGap: 3 })
  return finish(doc)
}
