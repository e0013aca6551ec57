// Passages as W3C Web Annotation JSON-LD: an AnnotationCollection with one Annotation per passage,
// a TextPositionSelector (in code points, as the model defines) and a TextQuoteSelector, the themes
// as tagging bodies and the note as a commenting body.
import type { Archive } from '../archive'
import type { ExportArticle, ExportSelection } from './brief-data'
import { passageRecords, type OpenExportOptions, type PassageRecord } from './passage-rows'

export interface W3cOptions extends OpenExportOptions {
  /** The researcher's name (from settings), as the annotations' creator. */
  author?: string | null
  label?: string
}

/** UTF-16 offset → code point offset in `text`. */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++
    n++
  }
  return n
}

export function articleIri(a: ExportArticle): string {
  return a.url && /^https?:\/\//i.test(a.url) ? a.url : `urn:folio:article:${a.id}`
}

function annotation(r: PassageRecord, author: string | null | undefined): Record<string, unknown> {
  const { passage: p, article: a } = r
  const body: Record<string, unknown>[] = r.themes.map((t) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: t.name,
    format: 'text/plain',
    ...(t.nameVi ? { 'folio:nameVi': t.nameVi } : {})
  }))
  if (p.note.trim())
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: p.note.normalize('NFC'),
      format: 'text/plain'
    })
  return {
    id: `urn:folio:passage:${p.id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: p.createdAt,
    modified: p.updatedAt,
    ...(author ? { creator: { type: 'Person', name: author.normalize('NFC') } } : {}),
    body,
    target: {
      source: articleIri(a),
      ...(a.title ? { 'dc:title': a.title } : {}),
      selector: [
        {
          type: 'TextPositionSelector',
          start: codePointOffset(a.body, p.start),
          end: codePointOffset(a.body, p.end)
        },
        { type: 'TextQuoteSelector', exact: p.exact, prefix: p.prefix, suffix: p.suffix }
      ]
    }
  }
}

export function exportW3c(archive: Archive, selection: ExportSelection, options: W3cOptions = {}): Buffer {
  const { records } = passageRecords(archive, selection, options)
  const items = records.map((r) => annotation(r, options.author))
  const collection = {
    '@context': [
      'http://www.w3.org/ns/anno.jsonld',
      { folio: 'urn:folio:vocab#', dc: 'http://purl.org/dc/terms/' }
    ],
    id: `urn:folio:export:${Date.now()}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Folio passages',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items }
  }
  return Buffer.from(JSON.stringify(collection, null, 2) + '\n', 'utf8')
}
