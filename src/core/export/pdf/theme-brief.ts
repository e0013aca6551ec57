// A theme brief across many articles: cover, contents with page numbers, a chart of passages per
// theme, a chapter per theme (memo first, then quoted passages with citations and notes), and the
// index of articles cited. Pages are buffered so the contents and page numbers are filled in last.
import type { Archive } from '../../archive'
import { FolioError } from '../../errors'
import type { ExportSelection } from '../brief-data'
import { buildChapters, citedArticles, loadBriefData, type BriefData, type BriefOrder } from '../brief-model'
import { labelsFor, themeLabel, type LabelLanguage } from '../labels'
import { drawBarChart } from './bar-chart'
import { drawCover } from './brief-cover'
import { drawChapter, type ChapterContext } from './brief-chapter'
import { drawArticleIndex } from './brief-index'
import { drawToc, tocPageCount, type TocEntry } from './brief-toc'
import { Flow } from './flow'
import { bookmark } from './outline'
import { drawPageFrames } from './page-frame'
import { createDocument, finish, type Paper } from './pdf-document'
import { STYLES } from './styles'
import { lineText } from './text-hygiene'

export interface ThemeBriefOptions {
  title?: string
  /** The researcher's name (from settings). */
  author?: string | null
  /** Only these themes (default: every theme with passages). */
  themeIds?: number[]
  order?: BriefOrder
  includeNotes?: boolean
  paper?: Paper
  language?: LabelLanguage
  date?: Date
}

export async function exportThemeBrief(
  archive: Archive,
  selection: ExportSelection,
  options: ThemeBriefOptions = {}
): Promise<Buffer> {
  return renderThemeBrief(loadBriefData(archive, selection), options)
}

export function renderThemeBrief(data: BriefData, options: ThemeBriefOptions = {}): Promise<Buffer> {
  const language = options.language ?? 'vi'
  const labels = labelsFor(language)
  const paper = options.paper ?? 'A4'
  const chapters = buildChapters(data, options.order ?? 'date', options.themeIds)
  if (!chapters.length)
    throw new FolioError(
      'invalid-input',
      'Nothing to put in the brief: the selection has no passages for these themes.'
    )
  const cited = citedArticles(chapters, data.articles)
  const passageCount = new Set(
    chapters.flatMap((c) => [c, ...c.sections]).flatMap((s) => s.passages.map((p) => p.id))
  ).size
  const title = lineText(options.title ?? '') || labels.themeBrief
  const date = options.date ?? new Date()
  const doc = createDocument(paper, {
    title,
    author: options.author,
    subject: `${labels.themeBrief}: ${labels.articleCount(cited.length)}, ${labels.count(passageCount)}`,
    keywords: chapters.flatMap((c) => [c, ...c.sections]).map((s) => themeLabel(s.theme, language)),
    creationDate: date
  })
  const flow = new Flow(doc, paper)
  const outline = doc.outline

  flow.addPage()
  drawCover(
    flow,
    chapters,
    { title, author: options.author, date, articles: cited.length, passages: passageCount },
    language,
    labels
  )

  const tocCount = 2 + chapters.reduce((n, c) => n + 1 + c.sections.length, 0)
  const tocFirst = flow.page + 1
  const tocPages = tocPageCount(flow, tocCount)
  for (let i = 0; i < tocPages; i++) flow.addPage()
  doc.switchToPage(tocFirst)
  bookmark(doc, outline, labels.contents, flow.geometry.top)
  doc.switchToPage(flow.page)

  const entries: TocEntry[] = []
  const sectionStart = (name: string, destination: string, depth = 0): void => {
    doc.addNamedDestination(destination, 'XYZ', 0, Math.max(0, flow.y - 12), null)
    entries.push({ title: name, depth, page: flow.page, destination })
  }

  flow.addPage()
  sectionStart(labels.overview, 'folio-overview')
  const [head] = flow.paragraph(labels.overview, STYLES.sectionTitle)
  bookmark(doc, outline, labels.overview, head.top)
  flow.space(16)
  drawBarChart(
    flow,
    chapters.flatMap((c) => [
      { label: themeLabel(c.theme, language), value: c.total, color: c.theme.color, depth: 0 },
      ...c.sections.map((s) => ({
        label: themeLabel(s.theme, language),
        value: s.passages.length,
        color: s.theme.color,
        depth: s.depth
      }))
    ])
  )

  const ctx: ChapterContext = {
    articles: data.articles,
    language,
    labels,
    includeNotes: options.includeNotes ?? true,
    citedOn: new Map()
  }
  const dest = (themeId: number): string => `folio-theme-${themeId}`
  for (const chapter of chapters) {
    flow.addPage()
    drawChapter(flow, chapter, outline, ctx, dest, (s, page) =>
      entries.push({
        title: themeLabel(s.theme, language),
        depth: s.depth,
        page,
        destination: dest(s.theme.id)
      })
    )
  }

  flow.addPage()
  sectionStart(labels.articlesCited, 'folio-index')
  const [indexHead] = flow.paragraph(labels.articlesCited, STYLES.sectionTitle)
  bookmark(doc, outline, labels.articlesCited, indexHead.top)
  flow.space(12)
  drawArticleIndex(flow, cited, ctx.citedOn, language, labels)

  drawToc(flow, tocFirst, entries, labels)
  drawPageFrames(doc, flow.geometry, {
    header: title,
    headerRight: labels.themeBrief === title ? undefined : labels.themeBrief,
    pageLabel: labels.pageOf,
    skipHeader: (page) => page === 0,
    skipNumber: (page) => page === 0
  })
  return finish(doc)
}
