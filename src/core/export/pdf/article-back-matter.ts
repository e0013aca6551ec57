// After the article: the notes as numbered endnotes, then every passage grouped by theme with its page.
import type { ExportTheme } from '../brief-data'
import { themeLabel, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import type { FragmentBox } from './highlight-annotation'
import { UNTAGGED_COLOR, type NumberedPassage } from './article-model'
import { drawMarker } from './passage-shading'
import { bookmark } from './outline'
import { lineText, paragraphText } from './text-hygiene'
import { MUTED, RULE, SHADE_STRENGTH, tint } from './colors'
import { STYLES } from './styles'

function sectionHeading(
  flow: Flow,
  outline: PDFKit.PDFOutline,
  title: string,
  expanded = false
): PDFKit.PDFOutline {
  flow.space(22)
  flow.ensure(STYLES.sectionTitle.leading + 60)
  const { doc, geometry: g } = flow
  doc.save().moveTo(g.left, flow.y).lineTo(g.right, flow.y).lineWidth(0.6).stroke(RULE).restore()
  flow.y += 10
  const [line] = flow.paragraph(title, STYLES.sectionTitle)
  flow.space(6)
  return bookmark(doc, outline, title, line.top, expanded)
}

/**
 * Numbered endnotes for the passages that carry a note. An orphan's says first that its text is no
 * longer in the article: it has no marker in the text, and the note may refer to words now gone.
 */
export function drawEndnotes(
  flow: Flow,
  passages: NumberedPassage[],
  outline: PDFKit.PDFOutline,
  language: LabelLanguage,
  labels: Labels
): void {
  const noted = passages.filter((p) => paragraphText(p.note).trim())
  if (!noted.length) return
  sectionHeading(flow, outline, labels.notes)
  const { doc, geometry: g } = flow
  for (const p of noted) {
    const themes = p.themes.map((t) => themeLabel(t, language)).join(', ')
    flow.ensure(STYLES.note.leading * 2)
    const markerY = flow.y + STYLES.note.leading / 2
    if (themes) flow.paragraph(themes, { ...STYLES.small, font: 'semibold', color: p.color }, { x: g.left })
    drawMarker(doc, g.left - 22, markerY, p.n, p.color)
    if (p.status === 'orphan')
      flow.paragraph(labels.orphanNote, { ...STYLES.small, font: 'italic', color: MUTED }, { x: g.left })
    flow.paragraph(paragraphText(p.note).trim(), STYLES.note, { x: g.left })
    flow.space(8)
  }
}

/** Every passage under each of its themes (codebook order), quoted in full, with the page it starts on. */
export function drawSummary(
  flow: Flow,
  passages: NumberedPassage[],
  themes: ExportTheme[],
  fragments: Map<number, FragmentBox[]>,
  outline: PDFKit.PDFOutline,
  language: LabelLanguage,
  labels: Labels & { untagged?: string }
): void {
  if (!passages.length) return
  const parent = sectionHeading(flow, outline, labels.passagesByTheme, true)
  const { doc, geometry: g } = flow
  const groups: { theme: ExportTheme | null; items: NumberedPassage[] }[] = themes
    .map((t) => ({
      theme: t as ExportTheme | null,
      items: passages.filter((p) => p.themeIds.includes(t.id))
    }))
    .filter((gr) => gr.items.length)
  const untagged = passages.filter((p) => !p.themes.length)
  if (untagged.length) groups.push({ theme: null, items: untagged })
  for (const group of groups) {
    const color = group.theme?.color ?? UNTAGGED_COLOR
    const name = group.theme
      ? lineText(themeLabel(group.theme, language))
      : language === 'vi'
        ? 'Chưa gắn chủ đề'
        : 'Untagged'
    flow.space(10)
    flow.ensure(STYLES.themeTitle.leading + 3 * STYLES.noteItalic.leading)
    doc
      .save()
      .rect(g.left, flow.y + 3, 10, 10)
      .fillAndStroke(tint(color, SHADE_STRENGTH), color)
      .restore()
    const [line] = flow.paragraph(`${name}  ·  ${labels.count(group.items.length)}`, STYLES.themeTitle, {
      x: g.left + 16
    })
    bookmark(doc, parent, name, line.top)
    flow.space(4)
    for (const p of group.items) {
      const start = fragments.get(p.id)?.[0]
      const where = p.status === 'orphan' || !start ? labels.orphan : `${labels.page} ${start.page + 1}`
      flow.ensure(STYLES.noteItalic.leading * 2)
      drawMarker(doc, g.left - 22, flow.y + STYLES.noteItalic.leading / 2, p.n, p.color)
      flow.paragraph(paragraphText(p.exact), STYLES.noteItalic, { x: g.left })
      flow.paragraph(where, { ...STYLES.small, color: MUTED }, { x: g.left })
      flow.space(7)
    }
  }
}
