// Deleting a passage, and undoing the last delete: the deleted passage waits in `meta` until the next
// delete replaces it, so an undo works across restarts of the app.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { anchorPassage } from './anchor-passage'
import { getPassage } from './passage-store'
import { selectorFor } from './quote-selector'
import type { Passage } from './passage-types'

const LAST_DELETED_KEY = 'passages.last-deleted'

export function deletePassage(archive: Archive, id: number): Passage {
  return inTransaction(archive.db, () => {
    const passage = getPassage(archive, id)
    archive.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
      )
      .run(LAST_DELETED_KEY, JSON.stringify(passage))
    archive.db.prepare('DELETE FROM passages WHERE id = ?').run(id)
    return passage
  })
}

/** The passage an undo would bring back, if any. */
export function lastDeletedPassage(archive: Archive): Passage | null {
  const row = archive.db.prepare('SELECT value FROM meta WHERE key = ?').get(LAST_DELETED_KEY) as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as Passage) : null
}

/**
 * Restores the last deleted passage, with its id when that is still free, re-anchored in the article's
 * current text. Themes deleted since are left off; the article must still exist.
 */
export function undoDeletePassage(archive: Archive): Passage {
  return inTransaction(archive.db, () => {
    const p = lastDeletedPassage(archive)
    if (!p) throw new FolioError('not-found', 'There is no deleted passage to bring back.')
    const db = archive.db
    if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(p.articleId)) {
      db.prepare('DELETE FROM meta WHERE key = ?').run(LAST_DELETED_KEY)
      throw new FolioError(
        'not-found',
        `The deleted passage's article (${p.articleId}) is gone too; it cannot come back.`
      )
    }
    // The article may have been corrected since: place the passage in its current text.
    const { body } = db.prepare('SELECT body FROM articles WHERE id = ?').get(p.articleId) as { body: string }
    const anchor = anchorPassage(body, p)
    const s = anchor.status === 'anchored' ? selectorFor(body, anchor.start, anchor.end) : p
    const idFree = !db.prepare('SELECT 1 FROM passages WHERE id = ?').get(p.id)
    const info = db
      .prepare(
        `INSERT INTO passages (id, article_id, start, end, exact, prefix, suffix, note, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        idFree ? p.id : null,
        p.articleId,
        s.start,
        s.end,
        s.exact,
        s.prefix,
        s.suffix,
        p.note,
        anchor.status,
        p.createdAt,
        p.updatedAt
      )
    const id = Number(info.lastInsertRowid)
    const insert = db.prepare(
      'INSERT INTO passage_themes (passage_id, theme_id) SELECT ?, id FROM themes WHERE id = ?'
    )
    for (const t of p.themeIds) insert.run(id, t)
    db.prepare('DELETE FROM meta WHERE key = ?').run(LAST_DELETED_KEY)
    return getPassage(archive, id)
  })
}
