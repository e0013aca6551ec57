// Memos: the researcher's notes on a theme (its definition, what belongs in it), an article, or the
// whole archive. A target may have several memos; they list oldest first.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { getTheme } from '../themes/theme-store'

export type MemoTarget = { kind: 'theme'; id: number } | { kind: 'article'; id: number } | { kind: 'archive' }

export interface Memo {
  id: number
  target: MemoTarget
  body: string
  createdAt: string
  updatedAt: string
}

interface MemoRow {
  id: number
  target_kind: 'theme' | 'article' | 'archive'
  target_id: number | null
  body: string
  created_at: string
  updated_at: string
}

const MAX_BODY = 100000

function toMemo(r: MemoRow): Memo {
  const target: MemoTarget =
    r.target_kind === 'archive' ? { kind: 'archive' } : { kind: r.target_kind, id: r.target_id as number }
  return { id: r.id, target, body: r.body, createdAt: r.created_at, updatedAt: r.updated_at }
}

function cleanBody(body: string): string {
  const v = (body ?? '').normalize('NFC').trim()
  if (!v) throw new FolioError('invalid-input', 'A memo cannot be empty.')
  if (v.length > MAX_BODY)
    throw new FolioError('invalid-input', `A memo is limited to ${MAX_BODY} characters.`)
  return v
}

function checkTarget(archive: Archive, target: MemoTarget): void {
  if (target.kind === 'theme') getTheme(archive, target.id)
  else if (target.kind === 'article') {
    if (!archive.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(target.id)) {
      throw new FolioError('not-found', `There is no article ${target.id}.`)
    }
  } else if (target.kind !== 'archive') {
    throw new FolioError('invalid-input', 'A memo belongs to a theme, an article or the archive.')
  }
}

export function getMemo(archive: Archive, id: number): Memo {
  const row = archive.db.prepare('SELECT * FROM memos WHERE id = ?').get(id) as MemoRow | undefined
  if (!row) throw new FolioError('not-found', `There is no memo ${id}.`)
  return toMemo(row)
}

export function createMemo(archive: Archive, input: { target: MemoTarget; body: string }): Memo {
  return inTransaction(archive.db, () => {
    checkTarget(archive, input.target)
    const body = cleanBody(input.body)
    const targetId = input.target.kind === 'archive' ? null : input.target.id
    const info = archive.db
      .prepare('INSERT INTO memos (target_kind, target_id, body) VALUES (?, ?, ?)')
      .run(input.target.kind, targetId, body)
    return getMemo(archive, Number(info.lastInsertRowid))
  })
}

export function updateMemo(archive: Archive, id: number, body: string): Memo {
  return inTransaction(archive.db, () => {
    getMemo(archive, id)
    archive.db
      .prepare(`UPDATE memos SET body = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`)
      .run(cleanBody(body), id)
    return getMemo(archive, id)
  })
}

export function deleteMemo(archive: Archive, id: number): void {
  const info = archive.db.prepare('DELETE FROM memos WHERE id = ?').run(id)
  if (info.changes === 0) throw new FolioError('not-found', `There is no memo ${id}.`)
}

/** Memos on one target, or every memo when no target is given. */
export function listMemos(archive: Archive, target?: MemoTarget): Memo[] {
  let rows: MemoRow[]
  if (!target) rows = archive.db.prepare('SELECT * FROM memos ORDER BY id').all() as MemoRow[]
  else if (target.kind === 'archive') {
    rows = archive.db
      .prepare("SELECT * FROM memos WHERE target_kind = 'archive' ORDER BY id")
      .all() as MemoRow[]
  } else {
    rows = archive.db
      .prepare('SELECT * FROM memos WHERE target_kind = ? AND target_id = ? ORDER BY id')
      .all(target.kind, target.id) as MemoRow[]
  }
  return rows.map(toMemo)
}

/**
 * Memos whose article was deleted: articles cascade to passages but memos point at them loosely,
 * so deleting an article's memos is the article deleter's business; this finds any left behind.
 */
export function danglingArticleMemos(archive: Archive): Memo[] {
  return (
    archive.db
      .prepare(
        `SELECT * FROM memos m WHERE m.target_kind = 'article'
         AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.target_id) ORDER BY id`
      )
      .all() as MemoRow[]
  ).map(toMemo)
}
