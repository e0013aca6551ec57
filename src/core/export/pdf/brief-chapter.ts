// One chapter of a theme brief: the theme's heading and memo, then each passage quoted with its
// citation and note; sub-themes follow as sections.
import type { ExportArticle, ExportPassage } from '../brief-data'
import type { BriefChapter, BriefSection } from '../brief-model'
import { formatDate, themeLabel, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import { bookmark } from './outline'
import { nfc } from './pdf-document'
import { MUTED, tint } from './colors'
import { STYLES } from './styles'

export interface ChapterContext {
  articles: Map<number, ExportArticle>
  language: LabelLanguage
  labels: Labels
  includeNotes: boolean
  /** Pages (zero-based) each article is cited on, filled in as passages are placed. */
  citedOn: Map<number, Set<number>>
}

export function citation(
  article: ExportArticle | undefined,
  language: LabelLanguage,
  labels: Labels
): string {
  if (!article) return ''
  return [
    article.title,
    article.source ?? labels.untitledSource,
    formatDate(article.publishedAt, language) ?? labels.undated
  ]
    .map((s) => nfc(s))
    .join(' · ')
}

function drawMemo(flow: Flow, memos: string[], color: string, labels: Labels): void {
  if (!memos.length) return
  const { doc, geometry: g } = flow
  const background = tint(color, 0.1)
  const fill = (line: { top: number; style: { leading: number } }): void => {
    doc
      .save()
      .rect(g.left, line.top - 1, g.right - g.left, line.style.leading + 2)
      .fill(background)
      .restore()
  }
  flow.space(4)
  flow.paragraph(
    labels.memo.toLocaleUpperCase('vi'),
    { ...STYLES.kicker, color },
    { x: g.left + 10, beforeText: fill }
  )
  for (const memo of memos)
    flow.paragraph(nfc(memo.trim()), STYLES.note, {
      x: g.left + 10,
      width: g.right - g.left - 20,
      beforeText: fill
    })
  flow.space(12)
}

function drawPassage(flow: Flow, p: ExportPassage, color: string, ctx: ChapterContext): void {
  const { doc, geometry: g } = flow
  const x = g.left + 14
  const quote = STYLES.noteItalic
  const bar = (line: { top: number; style: { leading: number } }): void => {
    doc
      .save()
      .rect(g.left + 2, line.top, 2.5, line.style.leading)
      .fill(color)
      .restore()
  }
  const lines = flow.paragraph(
    nfc(p.exact),
    { ...quote, size: 10, leading: 15 },
    { x, beforeText: bar, keepLines: 3 }
  )
  for (const l of lines) {
    const pages = ctx.citedOn.get(p.articleId) ?? new Set<number>()
    pages.add(l.page)
    ctx.citedOn.set(p.articleId, pages)
  }
  const cite = citation(ctx.articles.get(p.articleId), ctx.language, ctx.labels)
  const orphan = p.status === 'orphan' ? ` (${ctx.labels.orphan})` : ''
  flow.paragraph(`— ${cite}${orphan}`, { ...STYLES.small, color: MUTED }, { x, keepLines: 1 })
  if (ctx.includeNotes && p.note.trim())
    flow.paragraph(`${ctx.labels.note}: ${nfc(p.note.trim())}`, STYLES.note, { x, keepLines: 1 })
  flow.space(11)
}

function drawSectionHead(
  flow: Flow,
  s: BriefSection,
  parent: PDFKit.PDFOutline,
  ctx: ChapterContext,
  destination: string
): PDFKit.PDFOutline {
  const { doc, geometry: g } = flow
  const title = nfc(themeLabel(s.theme, ctx.language))
  if (s.depth === 0) {
    doc.save().rect(g.left, flow.y, 40, 4).fill(s.theme.color).restore()
    flow.y += 14
  }
  doc.addNamedDestination(destination, 'XYZ', 0, Math.max(0, flow.y - 12), null)
  const style = s.depth === 0 ? { ...STYLES.title, size: 18, leading: 23 } : STYLES.themeTitle
  const [line] = flow.paragraph(title, s.depth === 0 ? style : { ...style, color: s.theme.color })
  const mark = bookmark(doc, parent, title, line.top)
  if (s.theme.description.trim())
    flow.paragraph(nfc(s.theme.description.trim()), { ...STYLES.meta, size: 9.5, leading: 14 })
  flow.space(8)
  return mark
}

/**
 * Draws the chapter from the top of a fresh page. `onHead` hears where each heading (the chapter's,
 * then each section's) was placed, for the contents; `dest` names its link target.
 */
export function drawChapter(
  flow: Flow,
  chapter: BriefChapter,
  outline: PDFKit.PDFOutline,
  ctx: ChapterContext,
  dest: (themeId: number) => string,
  onHead: (section: BriefSection, page: number) => void
): void {
  onHead(chapter, flow.page)
  const mark = drawSectionHead(flow, chapter, outline, ctx, dest(chapter.theme.id))
  drawMemo(flow, chapter.memos, chapter.theme.color, ctx.labels)
  for (const p of chapter.passages) drawPassage(flow, p, chapter.theme.color, ctx)
  for (const s of chapter.sections) {
    flow.space(14)
    flow.ensure(80)
    onHead(s, flow.page)
    drawSectionHead(flow, s, mark, ctx, dest(s.theme.id))
    drawMemo(flow, s.memos, s.theme.color, ctx.labels)
    for (const p of s.passages) drawPassage(flow, p, s.theme.color, ctx)
  }
}
