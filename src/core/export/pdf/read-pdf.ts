// Reading a PDF back the way a reader does (pdfjs-dist): text per page, annotations, outline, info.
// Used by the export tests and the corpus check.

export interface ReadPdf {
  pages: number
  /** Text of each page: items joined, line ends as newlines; artifacts (running header, page numbers) left out. */
  pageTexts: string[]
  /** The artifact text of each page (running header, page number). */
  artifactTexts: string[]
  /** All pages, whitespace collapsed to single spaces (line breaks become spaces). */
  flatText: string
  annotations: {
    page: number
    subtype: string
    color: number[]
    contents: string
    title: string
    quadPoints: number
  }[]
  outline: { title: string; items: { title: string }[] }[]
  info: Record<string, unknown>
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export interface ReadOptions {
  /** Extract text only from these pages (1-based); all pages when absent. Others read as ''. */
  textOf?: (page: number) => boolean
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise
  try {
    const pageTexts: string[] = []
    const artifactTexts: string[] = []
    const annotations: ReadPdf['annotations'] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const content =
        !options.textOf || options.textOf(i)
          ? await page.getTextContent({ includeMarkedContent: true })
          : { items: [] }
      let text = ''
      let artifact = ''
      let depth = 0 // nesting inside an Artifact marked-content sequence
      const stack: boolean[] = []
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
            const isArtifact = (item as { tag?: string }).tag === 'Artifact'
            stack.push(isArtifact)
            if (isArtifact) depth++
          } else if (item.type === 'endMarkedContent' && stack.pop()) depth--
          continue
        }
        if (!('str' in item)) continue
        const piece = item.str + (item.hasEOL ? '\n' : '')
        if (depth > 0) artifact += piece
        else text += piece
      }
      pageTexts.push(text)
      artifactTexts.push(artifact)
      for (const a of await page.getAnnotations()) {
        annotations.push({
          page: i,
          subtype: a.subtype,
          color: a.color ? Array.from(a.color as Uint8ClampedArray) : [],
          contents: a.contentsObj?.str ?? '',
          title: a.titleObj?.str ?? '',
          quadPoints: a.quadPoints ? a.quadPoints.length / 8 : 0
        })
      }
    }
    type Node = { title: string; items: Node[] }
    const outline = ((await doc.getOutline()) ?? []) as Node[]
    const meta = await doc.getMetadata()
    return {
      pages: doc.numPages,
      pageTexts,
      artifactTexts,
      flatText: collapseSpaces(pageTexts.join('\n')),
      annotations,
      outline: outline.map((o) => ({ title: o.title, items: o.items.map((c) => ({ title: c.title })) })),
      info: meta.info as Record<string, unknown>
    }
  } finally {
    await doc.destroy()
  }
}
