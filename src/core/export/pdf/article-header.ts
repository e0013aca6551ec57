// The first page's head: category, title, byline, link, and a legend of the themes marked below.
import type { ExportArticle } from '../brief-data'
import { formatDate, themeLabel, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import type { NumberedPassage } from './article-model'
import { RULE, SHADE_STRENGTH, tint } from './colors'
import { lineText } from './text-hygiene'
import { STYLES } from './styles'
import { drawTextLine, textWidth } from './shared-fonts'

export function drawArticleHeader(
  flow: Flow,
  article: ExportArticle,
  passages: NumberedPassage[],
  language: LabelLanguage
): void {
  const { doc, geometry: g } = flow
  const category = lineText(article.category ?? '')
  if (category) flow.paragraph(category.toLocaleUpperCase('vi'), STYLES.kicker)
  flow.space(2)
  const title = lineText(article.title)
  flow.paragraph(title, STYLES.title, { width: balancedWidth(flow, title) })
  flow.space(4)
  const byline = [article.author, article.source, formatDate(article.publishedAt, language)]
    .map((v) => lineText(v ?? ''))
    .filter(Boolean)
    .join('  ·  ')
  if (byline) flow.paragraph(byline, STYLES.meta)
  if (article.url) {
    const lines = flow.paragraph(lineText(article.url), { ...STYLES.meta, color: '#2F5E8E' })
    for (const l of lines) doc.link(l.x, l.top, l.width, l.style.leading, article.url)
  }
  // Legend: one swatch per theme used, with its passage count.
  const counts = new Map<number, { label: string; color: string; n: number }>()
  for (const p of passages)
    for (const t of p.themes) {
      const c = counts.get(t.id) ?? { label: themeLabel(t, language), color: t.color, n: 0 }
      c.n++
      counts.set(t.id, c)
    }
  if (counts.size) {
    flow.space(8)
    const s = STYLES.small
    flow.ensure(s.leading * counts.size)
    let x = g.left
    doc.font(s.font).fontSize(s.size)
    for (const c of counts.values()) {
      const text = `${c.label} · ${c.n}`
      const w = textWidth(s.font, text, s.size) + 22
      if (x + w > g.right && x > g.left) {
        x = g.left
        flow.y += s.leading + 2
        flow.ensure(s.leading)
      }
      doc
        .save()
        .rect(x, flow.y + 1.5, 14, 9)
        .fillAndStroke(tint(c.color, SHADE_STRENGTH), c.color)
        .restore()
      doc.fillColor(s.color)
      drawTextLine(doc, s.font, s.size, text, x + 19, flow.y + 0.5)
      x += w + 10
    }
    flow.y += s.leading
  }
  flow.space(8)
  doc.save().moveTo(g.left, flow.y).lineTo(g.right, flow.y).lineWidth(0.6).stroke(RULE).restore()
  flow.y += 16
}

/** The narrowest width that keeps the title on as few lines, so a wrapped title does not end in one word. */
function balancedWidth(flow: Flow, title: string): number {
  const full = flow.contentWidth
  const lines = flow.layout(title, STYLES.title, full).length
  if (lines < 2) return full
  let lo = full / 2
  let hi = full
  while (hi - lo > 4) {
    const mid = (lo + hi) / 2
    if (flow.layout(title, STYLES.title, mid).length > lines) lo = mid
    else hi = mid
  }
  return hi
}
