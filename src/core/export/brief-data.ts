// What the exports read from the archive: articles, their passages with themes, the codebook, memos.
// Plain SQL over the schema, so exports do not depend on how passages are written.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import type { Block } from '../text/model'

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

export interface ExportPassage {
  id: number
  articleId: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  status: 'anchored' | 'orphan'
  createdAt: string
  updatedAt: string
  /** In codebook order. */
  themeIds: number[]
}

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

interface PassageRow {
  id: number
  article_id: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  status: 'anchored' | 'orphan'
  created_at: string
  updated_at: string
  theme_ids: string | null
}

const PASSAGE_SELECT = `SELECT p.id, p.article_id, p.start, p."end", p.exact, p.prefix, p.suffix, p.note, p.status,
    p.created_at, p.updated_at,
    (SELECT group_concat(pt.theme_id) FROM (SELECT pt.theme_id FROM passage_themes pt
       JOIN themes t ON t.id = pt.theme_id WHERE pt.passage_id = p.id ORDER BY t.position, t.id) pt) AS theme_ids
  FROM passages p`

function toPassage(r: PassageRow): ExportPassage {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    note: r.note,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    themeIds: r.theme_ids ? r.theme_ids.split(',').map(Number) : []
  }
}

/** One article's passages in text order. */
export function loadArticlePassages(archive: Archive, articleId: number): ExportPassage[] {
  return (
    archive.db
      .prepare(`${PASSAGE_SELECT} WHERE p.article_id = ? ORDER BY p.start, p."end", p.id`)
      .all(articleId) as PassageRow[]
  ).map(toPassage)
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
  const getPassages = archive.db.prepare(
    `${PASSAGE_SELECT} WHERE p.article_id = ? ORDER BY p.start, p."end", p.id`
  )
  for (const id of ids) {
    const rows = getPassages.all(id) as PassageRow[]
    if (!rows.length) continue
    articles.set(id, toArticle(getArticle.get(id) as ArticleRow))
    for (const r of rows) passages.push(toPassage(r))
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
