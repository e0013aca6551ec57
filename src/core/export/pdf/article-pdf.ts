// An annotated article as a PDF: header, shaded text with margin markers, real highlight
// annotations, endnotes, a summary by theme, running header, page numbers, bookmarks, metadata.
import type { Archive } from '../../archive'
import {
  loadArticle,
  loadArticlePassages,
  loadThemes,
  type ExportArticle,
  type ExportPassage,
  type ExportTheme
} from '../brief-data'
import { labelsFor, themeLabel, type LabelLanguage } from '../labels'
import { Flow } from './flow'
import { addPageHighlights, type PageHighlight } from './page-highlights'
import { numberPassages } from './article-model'
import { drawArticleHeader } from './article-header'
import { drawArticleBody } from './article-body'
import { drawEndnotes, drawSummary } from './article-back-matter'
import { drawPageFrames } from './page-frame'
import { createDocument, finish, nfc, type Paper } from './pdf-document'

export interface ArticlePdfOptions {
  paper?: Paper
  /** Language of the labels Folio adds (section names, page labels). */
  language?: LabelLanguage
  /** The researcher's name (from settings): the annotations' /T and the document's Author. */
  author?: string | null
  /** Endnotes for passage notes (default true). */
  includeNotes?: boolean
  /** Creation date written into the metadata and annotations (default now). */
  date?: Date
}

export interface ArticlePdfData {
  article: ExportArticle
  passages: ExportPassage[]
  themes: ExportTheme[]
}

export async function exportArticlePdf(
  archive: Archive,
  articleId: number,
  options: ArticlePdfOptions = {}
): Promise<Buffer> {
  const article = loadArticle(archive, articleId)
  return renderArticlePdf(
    { article, passages: loadArticlePassages(archive, articleId), themes: loadThemes(archive) },
    options
  )
}

export function renderArticlePdf(data: ArticlePdfData, options: ArticlePdfOptions = {}): Promise<Buffer> {
  const { article, themes } = data
  const language = options.language ?? 'vi'
  const labels = labelsFor(language)
  const date = options.date ?? new Date()
  const passages = numberPassages(data.passages, themes)
  const usedThemes = themes.filter((t) => passages.some((p) => p.themeIds.includes(t.id)))
  const doc = createDocument(options.paper ?? 'A4', {
    title: article.title,
    author: options.author ?? article.author,
    subject: [article.source, article.category].filter(Boolean).join(' · ') || labels.passages,
    keywords: usedThemes.map((t) => themeLabel(t, language)),
    creationDate: date
  })
  const flow = new Flow(doc, options.paper ?? 'A4')
  flow.addPage()
  const top = doc.outline
  drawArticleHeader(flow, article, passages, language)
  const { fragments } = drawArticleBody(flow, article, passages, top)
  if (options.includeNotes ?? true) drawEndnotes(flow, passages, top, language, labels)
  drawSummary(flow, passages, themes, fragments, top, language, labels)

  // One annotation per passage, on the page where it starts, over its fragments on that page.
  const byPage = new Map<number, PageHighlight[]>()
  for (const p of passages) {
    const boxes = fragments.get(p.id)
    if (!boxes?.length) continue
    const page = boxes[0].page
    const list = byPage.get(page) ?? []
    list.push({ passage: p, boxes: boxes.filter((b) => b.page === page) })
    byPage.set(page, list)
  }
  for (const [page, list] of byPage) {
    doc.switchToPage(page)
    addPageHighlights(doc, list, { author: options.author, modified: date, language })
  }
  drawPageFrames(doc, flow.geometry, {
    header: nfc(article.title),
    headerRight: article.source ?? undefined,
    pageLabel: labels.pageOf,
    skipHeader: (page) => page === 0
  })
  return finish(doc)
}
