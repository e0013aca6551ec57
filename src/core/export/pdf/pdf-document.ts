// A pdfkit document set up the Folio way: paper, fonts, metadata, buffered pages; and its bytes.
import PDFDocument from 'pdfkit'
import { registerSharedFonts } from './shared-fonts'
import { lineText } from './text-hygiene'

export type Paper = 'A4' | 'Letter'
export type Doc = PDFKit.PDFDocument

export interface DocInfo {
  title: string
  author?: string | null
  subject?: string | null
  keywords?: string[]
  creationDate?: Date
}

export function nfc(text: string): string {
  // NFD text draws the same glyphs but extracts as broken pairs: normalise before every draw.
  return text.normalize('NFC')
}

export function createDocument(paper: Paper, info: DocInfo): Doc {
  const meta: Record<string, string | Date> = {
    // Cleaned: a raw RLO here makes a viewer's title bar show the title reversed.
    Title: lineText(info.title),
    Creator: 'Folio',
    Producer: 'Folio (pdfkit)',
    CreationDate: info.creationDate ?? new Date()
  }
  // pdfkit hashes every Info entry it is given: leave out the empty ones rather than pass undefined.
  const author = lineText(info.author ?? '')
  const subject = lineText(info.subject ?? '')
  const keywords = (info.keywords ?? []).map(lineText).filter(Boolean)
  if (author) meta.Author = author
  if (subject) meta.Subject = subject
  if (keywords.length) meta.Keywords = keywords.join(', ')
  const doc = new PDFDocument({
    size: paper === 'Letter' ? 'LETTER' : 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'vi',
    displayTitle: true,
    info: meta as PDFKit.DocumentInfo
  })
  registerSharedFonts(doc)
  return doc
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
