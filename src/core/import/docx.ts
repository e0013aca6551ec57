// Word document → ArticleDraft: guarded unzip, then mammoth's HTML (headings by style, paragraphs, lists),
// walked into blocks the same way as a web page. The first heading is the title.
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { assembleBlocks, type ArticleDraft } from '../text/model'
import { htmlToPieces, type DomNode } from './html-blocks'
import { ImportRefusal } from './import-types'
import { assertZipSize } from './zip-guard'

export async function extractDocx(bytes: Uint8Array, fallbackTitle: string): Promise<ArticleDraft> {
  const entries = assertZipSize(bytes, 'Word document')
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportRefusal('This is not a Word document (the package has no word/document.xml).')
  }
  let html: string
  try {
    html = (
      await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    ).value
  } catch {
    throw new ImportRefusal('This Word document cannot be read (it is damaged).')
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const pieces = htmlToPieces(document.body as unknown as DomNode)
  let title = fallbackTitle
  const first = pieces[0]
  if (first?.kind === 'heading') {
    title = first.text
    pieces.shift()
  }
  const { body, blocks } = assembleBlocks(pieces)
  return { title, body, blocks }
}
