// The bare pdfkit baselines: the same text in the same fonts, with no shading, markers or annotations.
import PDFDocument from 'pdfkit'
import { fontBytes } from '../src/core/export/fonts'

export interface BareSection {
  heading?: string
  paragraphs: string[]
}

export function barePdf(title: string, sections: BareSection[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: true })
  doc.registerFont('regular', fontBytes('regular'))
  doc.registerFont('bold', fontBytes('bold'))
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.font('bold').fontSize(18).text(title.normalize('NFC'))
  for (const s of sections) {
    if (s.heading) doc.moveDown(0.6).font('bold').fontSize(13).text(s.heading.normalize('NFC'))
    doc.font('regular').fontSize(10.5)
    for (const p of s.paragraphs) doc.text(p.normalize('NFC'), { paragraphGap: 7, lineGap: 3 })
  }
  doc.end()
  return done
}
