// PDF exports (annotated article, theme brief) and the brief preview. Defaults for paper, label
// language and the annotations' author come from the settings.
import { loadArticle } from '../../../core/export/brief-data'
import { buildChapters, citedArticles, loadBriefData } from '../../../core/export/brief-model'
import {
  exportArticlePdf,
  exportCsv,
  exportMarkdown,
  exportThemeBrief,
  exportW3c
} from '../../../core/export'
import { readPreferences } from '../../../core/settings/settings-store'
import type { BriefPreview } from '../../../shared/api-types'
import type { PartialHandlers } from '../handler-types'
import { fileNameFor, toCoreSelection } from '../selection'

export const exportHandlers: PartialHandlers = {
  exportArticlePdf: async ({ articleId, paperSize, language }, { archive }) => {
    const prefs = readPreferences(archive.db)
    const title = loadArticle(archive, articleId).title
    const bytes = await exportArticlePdf(archive, articleId, {
      paper: paperSize ?? prefs.paperSize,
      language: language ?? prefs.language,
      author: prefs.authorName || null
    })
    return { fileName: fileNameFor(title, 'pdf'), mimeType: 'application/pdf', bytes }
  },

  previewThemeBrief: (input, { archive }): BriefPreview => {
    const data = loadBriefData(archive, toCoreSelection(archive, input.selection))
    const chapters = buildChapters(data, input.order ?? 'date', input.themeIds)
    const passages = new Set(
      chapters.flatMap((c) => [...c.passages, ...c.sections.flatMap((s) => s.passages)].map((p) => p.id))
    )
    const label = (t: { name: string; nameVi: string | null }): string =>
      (input.language ?? readPreferences(archive.db).language) === 'vi' && t.nameVi ? t.nameVi : t.name
    return {
      articles: citedArticles(chapters, data.articles).length,
      passages: passages.size,
      chapters: chapters.flatMap((c) => [
        { themeId: c.theme.id, name: label(c.theme), passages: c.total, depth: 0 },
        ...c.sections.map((s) => ({
          themeId: s.theme.id,
          name: label(s.theme),
          passages: s.passages.length,
          depth: s.depth
        }))
      ])
    }
  },

  exportThemeBrief: async (input, { archive, job }) => {
    const prefs = readPreferences(archive.db)
    job.progress(0, 1, 'brief')
    const bytes = await exportThemeBrief(archive, toCoreSelection(archive, input.selection), {
      title: input.title,
      author: prefs.authorName || null,
      themeIds: input.themeIds,
      order: input.order,
      includeNotes: input.includeNotes,
      paper: input.paperSize ?? prefs.paperSize,
      language: input.language ?? prefs.language
    })
    job.progress(1, 1, '')
    return { fileName: fileNameFor(input.title || 'Folio brief', 'pdf'), mimeType: 'application/pdf', bytes }
  },

  exportCsv: ({ selection, themeIds }, { archive }) => ({
    fileName: 'folio-passages.csv',
    mimeType: 'text/csv; charset=utf-8',
    bytes: exportCsv(archive, toCoreSelection(archive, selection), { themeIds })
  }),

  exportMarkdown: (input, { archive }) => ({
    fileName: fileNameFor(input.title || 'Folio brief', 'md'),
    mimeType: 'text/markdown; charset=utf-8',
    bytes: exportMarkdown(archive, toCoreSelection(archive, input.selection), {
      title: input.title,
      themeIds: input.themeIds,
      order: input.order,
      includeNotes: input.includeNotes,
      language: input.language ?? readPreferences(archive.db).language
    })
  }),

  exportW3c: ({ selection, themeIds }, { archive }) => ({
    fileName: 'folio-annotations.jsonld',
    mimeType: 'application/ld+json',
    bytes: exportW3c(archive, toCoreSelection(archive, selection), {
      themeIds,
      author: readPreferences(archive.db).authorName || null
    })
  })
}
