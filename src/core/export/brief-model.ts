// A theme brief's content before layout: chapters (themes) with sections (sub-themes), each with its
// memo and passages in the chosen order, plus the articles cited. Shared by the PDF and Markdown briefs.
import type { Archive } from '../archive'
import {
  loadSelection,
  loadThemeMemos,
  loadThemes,
  type ExportArticle,
  type ExportPassage,
  type ExportSelection,
  type ExportTheme
} from './brief-data'

export type BriefOrder = 'date' | 'article'

export interface BriefData {
  articles: Map<number, ExportArticle>
  passages: ExportPassage[]
  themes: ExportTheme[]
  memos: Map<number, string[]>
}

export interface BriefSection {
  theme: ExportTheme
  /** 0 for a chapter, 1+ for sub-themes. */
  depth: number
  memos: string[]
  passages: ExportPassage[]
}

export interface BriefChapter extends BriefSection {
  sections: BriefSection[]
  /** Passages in the chapter and its sections (a passage counted once). */
  total: number
}

export function loadBriefData(archive: Archive, selection: ExportSelection): BriefData {
  const { articles, passages } = loadSelection(archive, selection)
  return { articles, passages, themes: loadThemes(archive), memos: loadThemeMemos(archive) }
}

export function orderPassages(
  passages: ExportPassage[],
  articles: Map<number, ExportArticle>,
  order: BriefOrder
): ExportPassage[] {
  const collator = new Intl.Collator('vi')
  return [...passages].sort((a, b) => {
    const x = articles.get(a.articleId)
    const y = articles.get(b.articleId)
    if (a.articleId !== b.articleId) {
      if (order === 'date') {
        const dx = x?.publishedAt ?? '\uffff'
        const dy = y?.publishedAt ?? '\uffff'
        if (dx !== dy) return dx < dy ? -1 : 1
      }
      const byTitle = collator.compare(x?.title ?? '', y?.title ?? '')
      if (byTitle) return byTitle
      return a.articleId - b.articleId
    }
    return a.start - b.start || a.id - b.id
  })
}

/** Chapters for the top-level themes (in codebook order) that have passages among `themeIds`. */
export function buildChapters(data: BriefData, order: BriefOrder, themeIds?: number[]): BriefChapter[] {
  const wanted = themeIds?.length ? new Set(themeIds) : null
  const ordered = orderPassages(data.passages, data.articles, order)
  const byTheme = new Map<number, ExportPassage[]>()
  for (const p of ordered)
    for (const t of p.themeIds) {
      const list = byTheme.get(t)
      if (list) list.push(p)
      else byTheme.set(t, [p])
    }
  const children = (id: number | null): ExportTheme[] => data.themes.filter((t) => t.parentId === id)
  const section = (theme: ExportTheme, depth: number): BriefSection => ({
    theme,
    depth,
    memos: data.memos.get(theme.id) ?? [],
    passages: !wanted || wanted.has(theme.id) ? (byTheme.get(theme.id) ?? []) : []
  })
  const descendants = (theme: ExportTheme, depth: number): BriefSection[] =>
    children(theme.id).flatMap((c) => [section(c, depth), ...descendants(c, depth + 1)])
  const topLevel = data.themes.filter(
    (t) => t.parentId === null || !data.themes.some((p) => p.id === t.parentId)
  )
  return topLevel
    .map((theme) => {
      const chapter = section(theme, 0)
      const sections = descendants(theme, 1).filter((s) => s.passages.length)
      const ids = new Set([...chapter.passages, ...sections.flatMap((s) => s.passages)].map((p) => p.id))
      return { ...chapter, sections, total: ids.size }
    })
    .filter((c) => c.total > 0)
}

/** The articles a brief cites, sorted by title. */
export function citedArticles(
  chapters: BriefChapter[],
  articles: Map<number, ExportArticle>
): ExportArticle[] {
  const ids = new Set(
    chapters.flatMap((c) => [c, ...c.sections]).flatMap((s) => s.passages.map((p) => p.articleId))
  )
  const collator = new Intl.Collator('vi')
  return [...ids]
    .map((id) => articles.get(id))
    .filter((a): a is ExportArticle => Boolean(a))
    .sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id)
}
