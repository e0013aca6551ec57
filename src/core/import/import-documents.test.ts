import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { blockText } from '../text/model'
import { extractDocx } from './docx'
import { extractMarkdown } from './markdown'
import { assertZipSize } from './zip-guard'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const para = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

function docx(paragraphs: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`
    )
  })
}

describe('documents', () => {
  it('reads a .docx: first heading is the title, headings and paragraphs kept', async () => {
    const d = await extractDocx(
      docx(
        para('Hợp tác đối ngoại của Cần Thơ', 'Heading1') +
          para('Thành phố đón nhiều đoàn khách quốc tế trong năm qua.') +
          para('Phương hướng', 'Heading2') +
          para('Tiếp tục mở rộng quan hệ với các địa phương nước ngoài.')
      ),
      'fallback'
    )
    expect(d.title).toBe('Hợp tác đối ngoại của Cần Thơ')
    expect(d.blocks.map((b) => [b.kind, blockText(d.body, b)])).toEqual([
      ['paragraph', 'Thành phố đón nhiều đoàn khách quốc tế trong năm qua.'],
      ['heading', 'Phương hướng'],
      ['paragraph', 'Tiếp tục mở rộng quan hệ với các địa phương nước ngoài.']
    ])
  })

  it('refuses a zip whose directory understates what it inflates to', () => {
    const z = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) })
    // Patch the declared uncompressed size in the central directory down to 1 KB.
    const cd = z.findLastIndex(
      (_, i) => z[i] === 0x50 && z[i + 1] === 0x4b && z[i + 2] === 1 && z[i + 3] === 2
    )
    new DataView(z.buffer).setUint32(cd + 24, 1024, true)
    expect(() => assertZipSize(z, 'Word document')).toThrow(/zip bomb/)
  })

  it('reads Markdown headings, paragraphs, lists and quotes', () => {
    const d = extractMarkdown(
      '# Liên kết vùng\n\nĐoạn mở đầu với **chữ đậm** và [liên kết](http://x).\n\n## Mục tiêu\n\n- Cao tốc\n- Cảng biển\n\n> Một câu trích dẫn.\n',
      'fallback'
    )
    expect(d.title).toBe('Liên kết vùng')
    expect(d.blocks.map((b) => [b.kind, blockText(d.body, b)])).toEqual([
      ['paragraph', 'Đoạn mở đầu với chữ đậm và liên kết.'],
      ['heading', 'Mục tiêu'],
      ['list-item', 'Cao tốc'],
      ['list-item', 'Cảng biển'],
      ['quote', 'Một câu trích dẫn.']
    ])
  })
})
