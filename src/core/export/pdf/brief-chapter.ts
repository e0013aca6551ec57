// One chapter of a theme brief: the theme's heading and memo, then each passage quoted with its
// citation and note; sub-themes follow as sections.
import type { ExportArticle, ExportPassage } from '../brief-data'
import type { BriefChapter, BriefSection } from '../brief-model'
import { themeLabel, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import { bookmark } from './outline'
import { fittedCitation } from './brief-citation'
import { lineText, paragraphText } from './text-hygiene'
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
    flow.paragraph(paragraphText(memo).trim(), STYLES.note, {
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
    paragraphText(p.exact),
    { ...quote, size: 10, leading: 15 },
    { x, beforeText: bar, keepLines: 3 }
  )
  for (const l of lines) {
    const pages = ctx.citedOn.get(p.articleId) ?? new Set<number>()
    pages.add(l.page)
    ctx.citedOn.set(p.articleId, pages)
  }
  const citeStyle = { ...STYLES.small, color: MUTED }
  const orphan = p.status === 'orphan' ? ` (${ctx.labels.orphan})` : ''
  const cite = fittedCitation(
    ctx.articles.get(p.articleId),
    ctx.language,
    ctx.labels,
    orphan,
    g.right - x,
    flow.measurer(citeStyle)
  )
  flow.paragraph(cite, citeStyle, { x, keepLines: 1 })
  const note = paragraphText(p.note).trim()
  if (ctx.includeNotes && note)
    flow.paragraph(`${ctx.labels.note}: ${note}`, STYLES.note, { x, keepLines: 1 })
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
  const title = lineText(themeLabel(s.theme, ctx.language))
  if (s.depth === 0) {
    doc.save().rect(g.left, flow.y, 40, 4).fill(s.theme.color).restore()
    flow.y += 14
  }
  doc.addNamedDestination(destination, 'XYZ', 0, Math.max(0, flow.y - 12), null)
  const style = s.depth === 0 ? { ...STYLES.title, size: 18, leading: 23 } : STYLES.themeTitle
  const [line] = flow.paragraph(title, s.depth === 0 ? style : { ...style, color: s.theme.color })
  const mark = bookmark(doc, parent, title, line.top)
  const description = paragraphText(s.theme.description).trim()
  if (description) flow.paragraph(description, { ...STYLES.meta, size: 9.5, leading: 14 })
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
