// What the exports read from the archive: articles, their passages with themes, the codebook, memos.
// Passages are read with the passages module's columns and mapping; the rest is plain SQL.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import type { Block } from '../text/model'
import { PASSAGE_COLUMNS, toPassage, type PassageRow } from '../passages/passage-store'
import type { Passage } from '../passages/passage-types'

export interface ExportTheme {
  id: number
  name: string
  nameVi: string | null
  color: string
  description: string
  parentId: number | null
  position: number
}

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
}

/** A passage as the passages module reads it, with its theme ids in codebook order (not by id). */
export type ExportPassage = Passage

/** Which articles an export covers. */
export type ExportSelection =
  { kind: 'articles'; articleIds: number[] } | { kind: 'collection'; collectionId: number } | { kind: 'all' }

interface ArticleRow {
  id: number
  title: string
  body: string
  blocks: string
  category: string | null
  author: string | null
  source: string | null
  url: string | null
  published_at: string | null
  language: string | null
}

function toArticle(r: ArticleRow): ExportArticle {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    blocks: JSON.parse(r.blocks) as Block[],
    category: r.category,
    author: r.author,
    source: r.source,
    url: r.url,
    publishedAt: r.published_at,
    language: r.language
  }
}

const ARTICLE_COLUMNS = 'id, title, body, blocks, category, author, source, url, published_at, language'

export function loadArticle(archive: Archive, articleId: number): ExportArticle {
  const row = archive.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(articleId) as
    ArticleRow | undefined
  if (!row) throw new FolioError('not-found', `There is no article ${articleId} in this archive.`)
  return toArticle(row)
}

export function loadThemes(archive: Archive): ExportTheme[] {
  return (
    archive.db
      .prepare(
        'SELECT id, name, name_vi, color, description, parent_id, position FROM themes ORDER BY position, id'
      )
      .all() as {
      id: number
      name: string
      name_vi: string | null
      color: string
      description: string
      parent_id: number | null
      position: number
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    nameVi: r.name_vi,
    color: r.color,
    description: r.description,
    parentId: r.parent_id,
    position: r.position
  }))
}

const PASSAGES_OF_ARTICLE = `SELECT ${PASSAGE_COLUMNS} FROM passages p WHERE p.article_id = ?
  ORDER BY p.start, p."end", p.id`

/** Theme id → rank in the codebook, for putting a passage's themes in the order the codebook lists them. */
function codebookRanks(archive: Archive): Map<number, number> {
  const ids = archive.db.prepare('SELECT id FROM themes ORDER BY position, id').pluck().all() as number[]
  return new Map(ids.map((id, rank) => [id, rank]))
}

function toExportPassage(r: PassageRow, ranks: Map<number, number>): ExportPassage {
  const p = toPassage(r)
  p.themeIds.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0))
  return p
}

/** One article's passages in text order. */
export function loadArticlePassages(archive: Archive, articleId: number): ExportPassage[] {
  const ranks = codebookRanks(archive)
  return (archive.db.prepare(PASSAGES_OF_ARTICLE).all(articleId) as PassageRow[]).map((r) =>
    toExportPassage(r, ranks)
  )
}

/** The article ids a selection stands for, in archive order; unknown ids are refused by name. */
export function resolveSelection(archive: Archive, selection: ExportSelection): number[] {
  const db = archive.db
  if (selection.kind === 'all')
    return (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  if (selection.kind === 'collection') {
    const found = db.prepare('SELECT id FROM collections WHERE id = ?').get(selection.collectionId)
    if (!found) throw new FolioError('not-found', `There is no collection ${selection.collectionId}.`)
    return (
      db
        .prepare(
          'SELECT article_id AS id FROM collection_articles WHERE collection_id = ? ORDER BY article_id'
        )
        .all(selection.collectionId) as { id: number }[]
    ).map((r) => r.id)
  }
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?')
  const missing = selection.articleIds.filter((id) => !exists.get(id))
  if (missing.length)
    throw new FolioError(
      'not-found',
      `No such article${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`
    )
  return [...new Set(selection.articleIds)]
}

/** Articles (without the passage-less ones) and their passages, for a multi-article export. */
export function loadSelection(
  archive: Archive,
  selection: ExportSelection
): { articles: Map<number, ExportArticle>; passages: ExportPassage[] } {
  const ids = resolveSelection(archive, selection)
  const articles = new Map<number, ExportArticle>()
  const passages: ExportPassage[] = []
  const getArticle = archive.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`)
  const getPassages = archive.db.prepare(PASSAGES_OF_ARTICLE)
  const ranks = codebookRanks(archive)
  for (const id of ids) {
    const rows = getPassages.all(id) as PassageRow[]
    if (!rows.length) continue
    articles.set(id, toArticle(getArticle.get(id) as ArticleRow))
    for (const r of rows) passages.push(toExportPassage(r, ranks))
  }
  return { articles, passages }
}

/** Memo bodies on themes, by theme id (the newest memo first when there are several). */
export function loadThemeMemos(archive: Archive): Map<number, string[]> {
  const memos = new Map<number, string[]>()
  const rows = archive.db
    .prepare(
      "SELECT target_id, body FROM memos WHERE target_kind = 'theme' AND trim(body) <> '' ORDER BY updated_at DESC, id DESC"
    )
    .all() as { target_id: number; body: string }[]
  for (const r of rows) memos.set(r.target_id, [...(memos.get(r.target_id) ?? []), r.body])
  return memos
}

/** Theme names → ids, accepting the English or Vietnamese name, any case; unknown names are refused. */
export function themeIdsByName(themes: ExportTheme[], names: string[]): number[] {
  return names.map((name) => {
    const key = name.normalize('NFC').trim().toLocaleLowerCase('vi')
    const t = themes.find(
      (t) => t.name.toLocaleLowerCase('vi') === key || (t.nameVi ?? '').toLocaleLowerCase('vi') === key
    )
    if (!t) throw new FolioError('invalid-input', `There is no theme named "${name}".`)
    return t.id
  })
}
