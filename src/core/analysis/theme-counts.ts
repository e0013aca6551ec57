// Passages per theme: across the archive (or a scope), per source, per month, per article.
import type { Archive } from '../archive'
import type {
  AnalysisScope,
  ThemeArticleCount,
  ThemeCount,
  ThemeMonthCount,
  ThemeSourceCount
} from './analysis-types'
import { scopeSql } from './scope-sql'

/** Every theme in codebook order with its counts (zero for unused themes, so charts show them). */
export function passagesPerTheme(archive: Archive, scope: AnalysisScope = {}): ThemeCount[] {
  const s = scopeSql(scope)
  const rows = archive.db
    .prepare(
      `WITH RECURSIVE tree(root, id) AS (
         SELECT id, id FROM themes UNION ALL SELECT tree.root, t.id FROM themes t JOIN tree ON t.parent_id = tree.id),
       tagged AS (
         SELECT pt.theme_id, p.id AS passage_id, p.article_id FROM passage_themes pt
         JOIN passages p ON p.id = pt.passage_id JOIN articles a ON a.id = p.article_id WHERE ${s.where})
       SELECT t.id, t.name, t.name_vi, t.color, t.parent_id,
         (SELECT count(*) FROM tagged WHERE tagged.theme_id = t.id) AS passages,
         (SELECT count(DISTINCT article_id) FROM tagged WHERE tagged.theme_id = t.id) AS articles,
         (SELECT count(DISTINCT tagged.passage_id) FROM tree JOIN tagged ON tagged.theme_id = tree.id
            WHERE tree.root = t.id) AS rolled
       FROM themes t ORDER BY t.position, t.id`
    )
    .all(...s.params) as {
    id: number
    name: string
    name_vi: string | null
    color: string
    parent_id: number | null
    passages: number
    articles: number
    rolled: number
  }[]
  return rows.map((r) => ({
    themeId: r.id,
    name: r.name,
    nameVi: r.name_vi,
    color: r.color,
    parentId: r.parent_id,
    passages: r.passages,
    articles: r.articles,
    passagesWithSubThemes: r.rolled
  }))
}

export function passagesPerThemeBySource(archive: Archive, scope: AnalysisScope = {}): ThemeSourceCount[] {
  const s = scopeSql(scope)
  return archive.db
    .prepare(
      `SELECT a.source AS source, pt.theme_id AS themeId, count(*) AS passages
       FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id JOIN articles a ON a.id = p.article_id
       WHERE ${s.where} GROUP BY a.source, pt.theme_id ORDER BY a.source IS NULL, a.source, pt.theme_id`
    )
    .all(...s.params) as ThemeSourceCount[]
}

/** By publication month; undated articles are counted under month null rather than guessed. */
export function passagesPerThemeByMonth(archive: Archive, scope: AnalysisScope = {}): ThemeMonthCount[] {
  const s = scopeSql(scope)
  return archive.db
    .prepare(
      `SELECT substr(a.published_at, 1, 7) AS month, pt.theme_id AS themeId, count(*) AS passages
       FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id JOIN articles a ON a.id = p.article_id
       WHERE ${s.where} GROUP BY month, pt.theme_id ORDER BY month IS NULL, month, pt.theme_id`
    )
    .all(...s.params) as ThemeMonthCount[]
}

export function passagesPerThemeByArticle(archive: Archive, scope: AnalysisScope = {}): ThemeArticleCount[] {
  const s = scopeSql(scope)
  return archive.db
    .prepare(
      `SELECT a.id AS articleId, a.title AS title, pt.theme_id AS themeId, count(*) AS passages
       FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id JOIN articles a ON a.id = p.article_id
       WHERE ${s.where} GROUP BY a.id, pt.theme_id ORDER BY a.id, pt.theme_id`
    )
    .all(...s.params) as ThemeArticleCount[]
}
