// Is this page one article, or a section/list page (a home page, a category index)? Readability's
// isProbablyReaderable says yes to most news list pages, so the extracted content is measured:
// list pages are many short linked headlines with little prose of their own.
import type { Piece } from './html-blocks'
import { ImportRefusal } from './import-types'

export interface ContentElement {
  textContent: string | null
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; localName: string }>
}

export interface ContentStats {
  /** Characters of prose: paragraphs, quotes and list items of at least 80 characters outside links. */
  prose: number
  /** Paragraph-like blocks with at least 80 characters of their own (non-link) text. */
  proseBlocks: number
  /** Headlines and items that are almost all link text: the shape of a list page. */
  teasers: number
  /** Short lines that are only a date/time stamp (list pages print one under each headline). */
  stamps: number
  linkShare: number
}

const LEN = (s: string | null): number => (s ? s.replace(/\s+/g, ' ').trim().length : 0)
const STAMP =
  /^(?:[\p{L} ]{0,40}\s)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:\s*[-–,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{4}-\d{2}-\d{2}T[\d:]+/u

export function contentStats(el: ContentElement, pieces: Piece[]): ContentStats {
  const links = el.querySelectorAll('a')
  let linkText = 0
  for (let i = 0; i < links.length; i++) linkText += LEN(links[i].textContent)
  const total = Math.max(1, LEN(el.textContent))
  let teasers = 0
  const items = el.querySelectorAll('h1, h2, h3, h4, h5, h6, li, p')
  let proseBlocks = 0
  let prose = 0
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as unknown as ContentElement & { localName: string }
    const len = LEN(item.textContent)
    if (len === 0) continue
    const inner = item.querySelectorAll('a')
    let linked = 0
    for (let k = 0; k < inner.length; k++) linked += LEN(inner[k].textContent)
    if (len >= 15 && linked >= len * 0.7) teasers++
    else if (item.localName !== 'li' || len - linked >= 80) {
      if (len - linked >= 80 && !/^h\d$/.test(item.localName)) {
        proseBlocks++
        prose += len - linked
      }
    }
  }
  const stamps = pieces.filter((p) => p.text.length <= 60 && STAMP.test(p.text)).length
  return { prose, proseBlocks, teasers, stamps, linkShare: linkText / total }
}

/** Throws ImportRefusal("… not an article …") for list pages and pages without article text. */
export function assertArticle(stats: ContentStats, hasArticleMarkup: boolean): void {
  const listLike =
    (stats.teasers >= 2 && stats.teasers >= stats.proseBlocks) ||
    (stats.teasers >= 6 && stats.teasers * 2 >= stats.proseBlocks) ||
    (stats.stamps >= 2 && stats.stamps * 2 >= stats.proseBlocks) ||
    (stats.linkShare > 0.5 && stats.proseBlocks < 8)
  const tooThin = stats.prose < (hasArticleMarkup ? 200 : 400) || stats.proseBlocks < 2
  if (listLike || tooThin) {
    const why = listLike
      ? `${stats.teasers} linked headlines, ${stats.proseBlocks} paragraphs of text`
      : `only ${stats.prose} characters of paragraph text`
    throw new ImportRefusal(`This page is not an article (a section or list page: ${why}).`)
  }
}
