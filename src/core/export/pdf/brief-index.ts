// The index of articles cited: title, source, date, author, and the pages where each is quoted.
import type { ExportArticle } from '../brief-data'
import { formatDate, type Labels, type LabelLanguage } from '../labels'
import type { Flow } from './flow'
import { lineText } from './text-hygiene'
import { MUTED } from './colors'
import { STYLES } from './styles'

export function drawArticleIndex(
  flow: Flow,
  articles: ExportArticle[],
  citedOn: Map<number, Set<number>>,
  language: LabelLanguage,
  labels: Labels
): void {
  for (const a of articles) {
    flow.ensure(STYLES.note.leading * 3)
    flow.paragraph(lineText(a.title), { ...STYLES.note, font: 'semibold' })
    const meta = [a.source, formatDate(a.publishedAt, language), a.author]
      .map((v) => lineText(v ?? ''))
      .filter(Boolean)
    const pages = [...(citedOn.get(a.id) ?? [])].sort((x, y) => x - y).map((p) => p + 1)
    const where = pages.length ? `${labels.page} ${pages.join(', ')}` : ''
    flow.paragraph(
      [...meta, where].filter(Boolean).join('  ·  '),
      { ...STYLES.small, color: MUTED },
      { keepLines: 1 }
    )
    if (a.url) flow.paragraph(lineText(a.url), { ...STYLES.small, color: '#2F5E8E' }, { keepLines: 1 })
    flow.space(8)
  }
}
