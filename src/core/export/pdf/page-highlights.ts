// The highlight annotations of one page: one per passage that begins there, so a reader lists each
// passage with its themes and note in the comments pane. Past MAX_PER_PAGE, the page's remaining
// passages share one annotation that lists them by number: poppler (Evince, Okular, pdftotext)
// refuses to read a page with more than 10,000 annotations (the whole document then shows blank),
// and every reader slows down long before that.
import type { Doc } from './pdf-document'
import { addHighlight, type FragmentBox } from './highlight-annotation'
import { annotationContents, type NumberedPassage } from './article-model'
import { lineText } from './text-hygiene'

export const MAX_PER_PAGE = 1000

export interface PageHighlight {
  passage: NumberedPassage
  /** Its fragments on this page. */
  boxes: FragmentBox[]
}

export interface HighlightOptions {
  author?: string | null
  modified: Date
  language: 'vi' | 'en'
}

const themeNames = (ps: NumberedPassage[]): string | undefined =>
  [...new Set(ps.flatMap((p) => p.themes.map((t) => t.name)))].join(', ') || undefined

/** One passage in the shared annotation: its number, themes and note, as one paragraph. */
function listEntry(p: NumberedPassage, language: 'vi' | 'en'): string {
  return `${p.n}. ${annotationContents(p, language).replace(/\n{2,}/g, '\n')}`
}

/** Adds the annotations of the passages in `list` (in number order) to the current page. */
export function addPageHighlights(doc: Doc, list: PageHighlight[], options: HighlightOptions): void {
  const author = options.author ? lineText(options.author) : null
  const own = list.length > MAX_PER_PAGE ? list.slice(0, MAX_PER_PAGE - 1) : list
  for (const { passage: p, boxes } of own) {
    addHighlight(doc, boxes, {
      color: p.color,
      contents: annotationContents(p, options.language),
      author,
      name: `folio-passage-${p.id}`,
      modified: options.modified,
      subject: themeNames([p])
    })
  }
  const rest = list.slice(own.length)
  if (!rest.length) return
  addHighlight(
    doc,
    rest.flatMap((h) => h.boxes),
    {
      color: '#6B7280',
      contents: rest.map((h) => listEntry(h.passage, options.language)).join('\n\n'),
      author,
      name: `folio-passages-${rest[0].passage.id}-and-${rest.length - 1}-more`,
      modified: options.modified,
      subject: themeNames(rest.map((h) => h.passage))
    }
  )
}
