// The passages of a theme with their article citation: the body of a theme's chapter in a brief.
import type { Archive } from '../archive'
import { descendantIds, getTheme } from '../themes/theme-store'
import type { AnalysisScope, ThemePassage } from './analysis-types'
import { scopeSql } from './scope-sql'

export interface ThemePassagesOptions {
  /** Include passages of the theme's sub-themes (default true). */
  includeSubThemes?: boolean
  scope?: AnalysisScope
}

/** In publication order (undated last), then article, then position in the article. */
export function listThemePassages(
  archive: Archive,
  themeId: number,
  options: ThemePassagesOptions = {}
): ThemePassage[] {
  getTheme(archive, themeId)
  const ids = [themeId, ...(options.includeSubThemes === false ? [] : descendantIds(archive, themeId))]
  const s = scopeSql(options.scope)
  const rows = archive.db
    .prepare(
      `SELECT p.id, p.article_id, p.start, p.end, p.exact, p.note, p.status,
         (SELECT group_concat(x.theme_id) FROM passage_themes x WHERE x.passage_id = p.id) AS theme_ids,
         a.title, a.source, a.author, a.published_at, a.url
       FROM passages p JOIN articles a ON a.id = p.article_id
       WHERE EXISTS (SELECT 1 FROM passage_themes pt WHERE pt.passage_id = p.id
         AND pt.theme_id IN (${ids.map(() => '?').join(',')})) AND ${s.where}
       ORDER BY a.published_at IS NULL, a.published_at, a.id, p.start, p.id`
    )
    .all(...ids, ...s.params) as {
    id: number
    article_id: number
    start: number
    end: number
    exact: string
    note: string
    status: 'anchored' | 'orphan'
    theme_ids: string
    title: string
    source: string | null
    author: string | null
    published_at: string | null
    url: string | null
  }[]
  return rows.map((r) => ({
    passageId: r.id,
    articleId: r.article_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    note: r.note,
    status: r.status,
    themeIds: r.theme_ids
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
    citation: {
      articleId: r.article_id,
      title: r.title,
      source: r.source,
      author: r.author,
      publishedAt: r.published_at,
      url: r.url
    }
  }))
}
