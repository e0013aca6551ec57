// Real /Highlight annotations (QuadPoints, colour, Contents, author) that readers list in their
// comments pane. pdfkit's highlight() writes an empty note, so we build the dictionary ourselves;
// strings must be String objects or pdfkit writes them as PDF names.
import type { Doc } from './pdf-document'
import { pdfColor } from './colors'

/** A line fragment in page coordinates as pdfkit draws them (origin top left, y down). */
export interface FragmentBox {
  page: number
  x0: number
  x1: number
  top: number
  bottom: number
}

export interface HighlightSpec {
  color: string
  contents: string
  author?: string | null
  /** Stable id (/NM) so a reader can tell annotations apart. */
  name: string
  modified?: Date
  subject?: string
}

// The shading is already in the page content (so overlaps stay legible and every reader prints the
// same); the annotation gets an empty appearance so readers do not paint a second highlight on top.
const emptyAppearances = new WeakMap<Doc, PDFKit.PDFKitReference>()

function emptyAppearance(doc: Doc): PDFKit.PDFKitReference {
  let ref = emptyAppearances.get(doc)
  if (!ref) {
    ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Resources: {} })
    ref.end('n')
    emptyAppearances.set(doc, ref)
  }
  return ref
}

/** PDF QuadPoints (upper-left, upper-right, lower-left, lower-right per quad) in PDF space (y up). */
export function quadPoints(boxes: FragmentBox[], pageHeight: number): number[] {
  const r = (n: number): number => Math.round(n * 100) / 100
  return boxes.flatMap((b) => [
    r(b.x0),
    r(pageHeight - b.top),
    r(b.x1),
    r(pageHeight - b.top),
    r(b.x0),
    r(pageHeight - b.bottom),
    r(b.x1),
    r(pageHeight - b.bottom)
  ])
}

/** Adds one highlight over `boxes`, which must all lie on the current page. */
export function addHighlight(doc: Doc, boxes: FragmentBox[], spec: HighlightSpec): void {
  if (!boxes.length) return
  const x = Math.min(...boxes.map((b) => b.x0))
  const top = Math.min(...boxes.map((b) => b.top))
  const right = Math.max(...boxes.map((b) => b.x1))
  const bottom = Math.max(...boxes.map((b) => b.bottom))
  const options: Record<string, unknown> = {
    Subtype: 'Highlight',
    QuadPoints: quadPoints(boxes, doc.page.height),
    C: pdfColor(spec.color),
    Contents: new String(spec.contents.normalize('NFC')),
    NM: new String(spec.name),
    M: spec.modified ?? new Date(),
    F: 4,
    // Poppler (Okular, Evince) ignores /AP for highlights and paints its own; opacity 0 keeps the
    // page as drawn there too, while every reader still lists the annotation.
    CA: 0,
    AP: { N: emptyAppearance(doc) }
  }
  if (spec.author) options.T = new String(spec.author.normalize('NFC'))
  if (spec.subject) options.Subj = new String(spec.subject.normalize('NFC'))
  doc.annotate(x, top, right - x, bottom - top, options as PDFKit.Mixins.AnnotationOption)
}
