// The brief's cover: title, who prepared it and when, the themes included and the counts.
import type { BriefChapter } from '../brief-model'
import { formatDate, themeLabel, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import { nfc } from './pdf-document'
import { MUTED, RULE, SHADE_STRENGTH, tint } from './colors'
import { STYLES } from './styles'

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
  flow.paragraph(nfc(info.title), { ...STYLES.title, size: 26, leading: 33 })
  flow.space(14)
  const by = [
    info.author ? `${labels.preparedBy}: ${nfc(info.author)}` : null,
    formatDate(info.date.toISOString(), language)
  ]
  flow.paragraph(by.filter(Boolean).join('  ·  '), { ...STYLES.meta, size: 10, leading: 15 })
  const themeCount = chapters.reduce((n, c) => n + 1 + c.sections.length, 0)
  flow.paragraph(
    `${info.articles} ${labels.articles}  ·  ${labels.count(info.passages)}  ·  ${themeCount} ${labels.themes}`,
    { ...STYLES.meta, size: 10, leading: 15 }
  )
  flow.space(28)
  doc.save().moveTo(g.left, flow.y).lineTo(g.right, flow.y).lineWidth(0.6).stroke(RULE).restore()
  flow.y += 14
  flow.paragraph(labels.themesIncluded, { ...STYLES.kicker, color: MUTED })
  flow.space(6)
  for (const c of chapters) {
    for (const s of [c, ...c.sections]) {
      const indent = 16 * s.depth
      doc
        .save()
        .rect(g.left + indent, flow.y + 3, 10, 10)
        .fillAndStroke(tint(s.theme.color, SHADE_STRENGTH), s.theme.color)
        .restore()
      flow.paragraph(
        `${nfc(themeLabel(s.theme, language))}  ·  ${s === c ? c.total : s.passages.length}`,
        STYLES.note,
        {
          x: g.left + indent + 18
        }
      )
      flow.space(3)
    }
  }
}
