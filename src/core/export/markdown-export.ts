// A theme brief as Markdown: a section per theme (sub-themes nested), the memo, then each passage
// as a blockquote with its citation and note. Same content and order as the PDF brief.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import type { ExportArticle, ExportSelection } from './brief-data'
import { buildChapters, citedArticles, loadBriefData, type BriefOrder } from './brief-model'
import { formatDate, labelsFor, themeLabel, type LabelLanguage } from './labels'

export interface MarkdownOptions {
  title?: string
  themeIds?: number[]
  order?: BriefOrder
  includeNotes?: boolean
  language?: LabelLanguage
  date?: Date
}

/** Escapes what Markdown would read as syntax, so a quote prints as written. */
export function escapeMarkdown(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)([+-]|\d+[.)])(\s)/gm,
      (_m, sp: string, mark: string, s: string) => `${sp}${mark.replace(/([+\-.)])$/, '\\$1')}${s}`
    )
}

function cite(
  a: ExportArticle | undefined,
  language: LabelLanguage,
  fallback: { source: string; date: string }
): string {
  if (!a) return ''
  const title = a.url ? `[${escapeMarkdown(a.title)}](<${a.url}>)` : `*${escapeMarkdown(a.title)}*`
  return `${title}, ${escapeMarkdown(a.source ?? fallback.source)}, ${formatDate(a.publishedAt, language) ?? fallback.date}`
}

export function exportMarkdown(
  archive: Archive,
  selection: ExportSelection,
  options: MarkdownOptions = {}
): Buffer {
  const language = options.language ?? 'vi'
  const labels = labelsFor(language)
  const data = loadBriefData(archive, selection)
  const chapters = buildChapters(data, options.order ?? 'date', options.themeIds)
  if (!chapters.length)
    throw new FolioError(
      'invalid-input',
      'Nothing to export: the selection has no passages for these themes.'
    )
  const fallback = { source: labels.untitledSource, date: labels.undated }
  const cited = citedArticles(chapters, data.articles)
  const total = new Set(
    chapters.flatMap((c) => [c, ...c.sections]).flatMap((s) => s.passages.map((p) => p.id))
  ).size
  const out: string[] = [
    `# ${escapeMarkdown(options.title?.trim() || labels.themeBrief)}`,
    '',
    `*${labels.generated} · ${formatDate((options.date ?? new Date()).toISOString(), language)} · ${labels.articleCount(cited.length)} · ${labels.count(total)}*`,
    ''
  ]
  for (const c of chapters)
    for (const s of [c, ...c.sections]) {
      out.push(`${'#'.repeat(Math.min(6, 2 + s.depth))} ${escapeMarkdown(themeLabel(s.theme, language))}`, '')
      if (s.theme.description.trim()) out.push(`*${escapeMarkdown(s.theme.description.trim())}*`, '')
      for (const memo of s.memos) out.push(`**${labels.memo}:** ${escapeMarkdown(memo.trim())}`, '')
      for (const p of s.passages) {
        const quote = escapeMarkdown(p.exact)
          .split(/\n+/)
          .map((l) => `> ${l}`)
        out.push(...quote, '>', `> — ${cite(data.articles.get(p.articleId), language, fallback)}`, '')
        if ((options.includeNotes ?? true) && p.note.trim())
          out.push(`${labels.note}: ${escapeMarkdown(p.note.trim())}`, '')
      }
    }
  out.push(`## ${labels.articlesCited}`, '')
  for (const a of cited) out.push(`- ${cite(a, language, fallback)}`)
  return Buffer.from(out.join('\n') + '\n', 'utf8')
}
