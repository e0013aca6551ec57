// Reads a PDF with pdfjs and reports text drawn outside its page (a word that failed to wrap).
export interface PdfGeometry {
  pages: number
  /** Text items that start left of the page or end right of it. */
  outside: { page: number; text: string; x: number; right: number; width: number }[]
  /** All text, items concatenated without separators (so wrapped words join back up). */
  joined: string
}

export async function pdfGeometry(bytes: Uint8Array): Promise<PdfGeometry> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise
  const outside: PdfGeometry['outside'] = []
  let joined = ''
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const [, , width] = page.view
      const content = await page.getTextContent()
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue
        joined += item.str
        const x = item.transform[4]
        if (x < -1 || x + item.width > width + 1)
          outside.push({ page: i, text: item.str.slice(0, 40), x, right: x + item.width, width })
      }
    }
    return { pages: doc.numPages, outside, joined }
  } finally {
    await doc.destroy()
  }
}
