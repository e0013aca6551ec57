// The brief's cover: title, who prepared it and when, the themes included and the counts.
import type { BriefChapter } from '../brief-model'
import { fitLine } from './fit-line'
import { formatDate, themeLabel, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import { clampLines } from './clamp-lines'
import { lineText } from './text-hygiene'
import { MUTED, RULE, SHADE_STRENGTH, tint } from './colors'
import { STYLES } from './styles'

/** The cover is one page: a title longer than this is cut with "…" (the metadata keeps it whole). */
const TITLE_LINES = 4
const BYLINE_LINES = 2

export interface CoverInfo {
  title: string
  author?: string | null
  date: Date
  articles: number
  passages: number
}

export function drawCover(
  flow: Flow,
  chapters: BriefChapter[],
  info: CoverInfo,
  language: LabelLanguage,
  labels: Labels
): void {
  const { doc, geometry: g } = flow
  flow.y = g.top + 120
  doc
    .save()
    .rect(g.left, flow.y - 28, 56, 4)
    .fill('#1F2328')
    .restore()
  flow.paragraph(labels.themeBrief.toLocaleUpperCase('vi'), STYLES.kicker)
  flow.space(6)
  const titleStyle = { ...STYLES.title, size: 26, leading: 33 }
  const width = flow.contentWidth
  flow.paragraph(clampLines(lineText(info.title), TITLE_LINES, width, flow.measurer(titleStyle)), titleStyle)
  flow.space(14)
  const author = lineText(info.author ?? '')
  const by = [
    author ? `${labels.preparedBy}: ${author}` : null,
    formatDate(info.date.toISOString(), language)
  ]
  const byStyle = { ...STYLES.meta, size: 10, leading: 15 }
  flow.paragraph(
    clampLines(by.filter(Boolean).join('  ·  '), BYLINE_LINES, width, flow.measurer(byStyle)),
    byStyle
  )
  const themeCount = chapters.reduce((n, c) => n + 1 + c.sections.length, 0)
  flow.paragraph(
    `${labels.articleCount(info.articles)}  ·  ${labels.count(info.passages)}  ·  ${labels.themeCount(themeCount)}`,
    { ...STYLES.meta, size: 10, leading: 15 }
  )
  flow.space(28)
  doc.save().moveTo(g.left, flow.y).lineTo(g.right, flow.y).lineWidth(0.6).stroke(RULE).restore()
  flow.y += 14
  flow.paragraph(labels.themesIncluded, { ...STYLES.kicker, color: MUTED })
  flow.space(6)
  const items = chapters.flatMap((c) =>
    [c, ...c.sections].map((s) => ({ s, count: s === c ? c.total : s.passages.length }))
  )
  // Each theme on one line, and as many as the page holds: the contents page lists them all.
  const row = STYLES.note.leading + 3
  const fitting = Math.floor((g.bottom - flow.y) / row)
  const shown = items.length <= fitting ? items : items.slice(0, Math.max(0, fitting - 1))
  for (const { s, count } of shown) {
    const indent = 16 * s.depth
    doc
      .save()
      .rect(g.left + indent, flow.y + 3, 10, 10)
      .fillAndStroke(tint(s.theme.color, SHADE_STRENGTH), s.theme.color)
      .restore()
    const x = g.left + indent + 18
    const counted = `  ·  ${count}`
    const measure = flow.measurer(STYLES.note)
    const name = fitLine(lineText(themeLabel(s.theme, language)), g.right - x - measure(counted), measure)
    flow.paragraph(name + counted, STYLES.note, { x })
    flow.space(3)
  }
  if (shown.length < items.length)
    flow.paragraph(labels.moreThemes(items.length - shown.length), { ...STYLES.note, color: MUTED })
}
