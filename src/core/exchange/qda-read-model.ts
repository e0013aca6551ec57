// What an export needs from the archive, read in one pass: codebook, articles, passages with themes, memos.
import type { Archive } from '../archive'
import { listThemes, type Theme } from '../themes/theme-store'
import type { Block } from '../text/model'

export interface ExportArticle {
  id: number
  title: string
  body: string
  blocks: Block[]
  category: string | null
  author: string | null
  source: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
  importedAt: string
  updatedAt: string
}

export interface ExportPassage {
  id: number
  articleId: number
  start: number
  end: number
  exact: string
  note: string
  status: 'anchored' | 'orphan'
  createdAt: string
  updatedAt: string
  themeIds: number[]
}

export interface ExportMemo {
  id: number
  targetKind: 'theme' | 'article' | 'archive'
  targetId: number | null
  body: string
  createdAt: string
  updatedAt: string
}

export interface ExportModel {
  themes: Theme[]
  articles: ExportArticle[]
  passages: ExportPassage[]
  memos: ExportMemo[]
}

export function readCodebook(archive: Archive): Theme[] {
  return listThemes(archive)
}

export function readExportModel(archive: Archive): ExportModel {
  const db = archive.db
  const articles = (
    db
      .prepare(
        `SELECT id, title, body, blocks, category, author, source, url, published_at AS publishedAt,
          language, imported_at AS importedAt, updated_at AS updatedAt FROM articles ORDER BY id`
      )
      .all() as (Omit<ExportArticle, 'blocks'> & { blocks: string })[]
  ).map((a) => ({ ...a, blocks: JSON.parse(a.blocks) as Block[] }))
  const passages = (
    db
      .prepare(
        `SELECT p.id, p.article_id AS articleId, p.start, p.end, p.exact, p.note, p.status,
          p.created_at AS createdAt, p.updated_at AS updatedAt,
          (SELECT group_concat(theme_id) FROM passage_themes WHERE passage_id = p.id) AS themeIds
         FROM passages p ORDER BY p.article_id, p.start, p.end, p.id`
      )
      .all() as (Omit<ExportPassage, 'themeIds'> & { themeIds: string | null })[]
  ).map((p) => ({
    ...p,
    themeIds: p.themeIds
      ? p.themeIds
          .split(',')
          .map(Number)
          .sort((a, b) => a - b)
      : []
  }))
  const memos = db
    .prepare(
      `SELECT id, target_kind AS targetKind, target_id AS targetId, body, created_at AS createdAt,
        updated_at AS updatedAt FROM memos ORDER BY id`
    )
    .all() as ExportMemo[]
  return { themes: listThemes(archive), articles, passages, memos }
}
