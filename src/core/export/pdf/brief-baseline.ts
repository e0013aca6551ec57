// The text of a theme brief as plain paragraphs, for timing it against bare pdfkit
// (renderPlainTextBaseline) on exactly the same words.
import { buildChapters, citedArticles, type BriefData } from '../brief-model'
import { labelsFor, themeLabel } from '../labels'
import { citation } from './brief-citation'
import type { ThemeBriefOptions } from './theme-brief'

export function briefPlainTexts(data: BriefData, options: ThemeBriefOptions = {}): string[] {
  const language = options.language ?? 'vi'
  const labels = labelsFor(language)
  const chapters = buildChapters(data, options.order ?? 'date', options.themeIds)
  const texts: string[] = [options.title ?? labels.themeBrief]
  for (const c of chapters)
    for (const s of [c, ...c.sections]) {
      texts.push(themeLabel(s.theme, language), s.theme.description, ...s.memos)
      for (const p of s.passages) {
        texts.push(p.exact, `— ${citation(data.articles.get(p.articleId), language, labels)}`)
        if ((options.includeNotes ?? true) && p.note.trim()) texts.push(`${labels.note}: ${p.note}`)
      }
    }
  for (const a of citedArticles(chapters, data.articles))
    texts.push(a.title, [a.source, a.publishedAt, a.author].filter(Boolean).join(' · '))
  return texts.filter((t) => t.trim())
}
