// Passages flattened for the open exports: each with its article's metadata and its themes.
import type { Archive } from '../archive'
import {
  loadSelection,
  loadThemes,
  type ExportArticle,
  type ExportPassage,
  type ExportSelection,
  type ExportTheme
} from './brief-data'
import { orderPassages, type BriefOrder } from './brief-model'

export interface PassageRecord {
  passage: ExportPassage
  article: ExportArticle
  themes: ExportTheme[]
}

export interface OpenExportOptions {
  /** Only passages tagged with one of these themes (default: all passages). */
  themeIds?: number[]
  order?: BriefOrder
}

export function passageRecords(
  archive: Archive,
  selection: ExportSelection,
  options: OpenExportOptions = {}
): { records: PassageRecord[]; themes: ExportTheme[] } {
  const { articles, passages } = loadSelection(archive, selection)
  const themes = loadThemes(archive)
  const byId = new Map(themes.map((t) => [t.id, t]))
  const wanted = options.themeIds?.length ? new Set(options.themeIds) : null
  const records = orderPassages(passages, articles, options.order ?? 'article')
    .filter((p) => !wanted || p.themeIds.some((t) => wanted.has(t)))
    .map((p) => ({
      passage: p,
      article: articles.get(p.articleId) as ExportArticle,
      themes: p.themeIds.map((id) => byId.get(id)).filter((t): t is ExportTheme => Boolean(t))
    }))
  return { records, themes }
}
