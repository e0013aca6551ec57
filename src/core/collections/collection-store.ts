// Collections: named sets of articles (a research question, a source, a period) for filtering and briefs.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { looseKey } from '../text/fold-vietnamese'

export interface Collection {
  id: number
  name: string
  articleCount: number
  createdAt: string
}

interface CollectionRow {
  id: number
  name: string
  article_count: number
  created_at: string
}

const SELECT = `SELECT c.id, c.name, c.created_at,
  (SELECT count(*) FROM collection_articles ca WHERE ca.collection_id = c.id) AS article_count FROM collections c`

function toCollection(r: CollectionRow): Collection {
  return { id: r.id, name: r.name, articleCount: r.article_count, createdAt: r.created_at }
}

function cleanName(archive: Archive, name: string, selfId: number | null): string {
  const v = (name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!v) throw new FolioError('invalid-input', "A collection's name cannot be empty.")
  if (v.length > 120)
    throw new FolioError('invalid-input', "A collection's name is limited to 120 characters.")
  const key = looseKey(v)
  const clash = listCollections(archive).find((c) => c.id !== selfId && looseKey(c.name) === key)
  if (clash) throw new FolioError('duplicate', `There is already a collection called "${clash.name}".`)
  return v
}

export function listCollections(archive: Archive): Collection[] {
  return (archive.db.prepare(`${SELECT} ORDER BY c.name COLLATE NOCASE, c.id`).all() as CollectionRow[]).map(
    toCollection
  )
}

export function getCollection(archive: Archive, id: number): Collection {
  const row = archive.db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CollectionRow | undefined
  if (!row) throw new FolioError('not-found', `There is no collection ${id}.`)
  return toCollection(row)
}

/** Finds a collection by id or by name (ignoring case and accents). */
export function resolveCollection(archive: Archive, ref: string | number): Collection {
  const text = String(ref).trim()
  const all = listCollections(archive)
  const hit =
    (/^\d+$/.test(text) ? all.find((c) => c.id === Number(text)) : undefined) ??
    all.find((c) => looseKey(c.name) === looseKey(text))
  if (!hit) throw new FolioError('not-found', `There is no collection "${text}".`)
  return hit
}

export function createCollection(archive: Archive, name: string): Collection {
  return inTransaction(archive.db, () => {
    const v = cleanName(archive, name, null)
    const info = archive.db.prepare('INSERT INTO collections (name) VALUES (?)').run(v)
    return getCollection(archive, Number(info.lastInsertRowid))
  })
}

export function renameCollection(archive: Archive, id: number, name: string): Collection {
  return inTransaction(archive.db, () => {
    getCollection(archive, id)
    archive.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(cleanName(archive, name, id), id)
    return getCollection(archive, id)
  })
}

/** Deletes the collection, never its articles. */
export function deleteCollection(archive: Archive, id: number): void {
  const info = archive.db.prepare('DELETE FROM collections WHERE id = ?').run(id)
  if (info.changes === 0) throw new FolioError('not-found', `There is no collection ${id}.`)
}

/** Adds articles (already members are skipped); returns how many were added. */
export function addToCollection(archive: Archive, id: number, articleIds: number[]): number {
  return inTransaction(archive.db, () => {
    getCollection(archive, id)
    const exists = archive.db.prepare('SELECT 1 FROM articles WHERE id = ?')
    for (const a of articleIds) {
      if (!exists.get(a)) throw new FolioError('not-found', `There is no article ${a}.`)
    }
    const insert = archive.db.prepare(
      'INSERT OR IGNORE INTO collection_articles (collection_id, article_id) VALUES (?, ?)'
    )
    return articleIds.reduce((n, a) => n + insert.run(id, a).changes, 0)
  })
}

/** Removes articles from the collection (not from the archive); returns how many were removed. */
export function removeFromCollection(archive: Archive, id: number, articleIds: number[]): number {
  return inTransaction(archive.db, () => {
    getCollection(archive, id)
    const del = archive.db.prepare(
      'DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?'
    )
    return articleIds.reduce((n, a) => n + del.run(id, a).changes, 0)
  })
}

/** The ids of a collection's articles, in import order. */
export function collectionArticleIds(archive: Archive, id: number): number[] {
  getCollection(archive, id)
  return (
    archive.db
      .prepare('SELECT article_id AS id FROM collection_articles WHERE collection_id = ? ORDER BY article_id')
      .all(id) as { id: number }[]
  ).map((r) => r.id)
}

/** The collections an article belongs to. */
export function articleCollections(archive: Archive, articleId: number): Collection[] {
  return (
    archive.db
      .prepare(
        `${SELECT} WHERE c.id IN (SELECT collection_id FROM collection_articles WHERE article_id = ?)
         ORDER BY c.name COLLATE NOCASE`
      )
      .all(articleId) as CollectionRow[]
  ).map(toCollection)
}
