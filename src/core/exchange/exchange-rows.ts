// The rows an import writes besides articles and themes: passages (with their quote selectors and
// themes) and memos. Plain SQL beside the function that runs it; both skip what is already there, so
// importing the same project twice adds nothing the second time.
import type { Archive } from '../archive'
import type { ImportOutcome } from '../import/import-types'
import { selectorFor } from '../passages/quote-selector'

export interface PassageInput {
  articleId: number
  body: string
  start: number
  end: number
  note: string
  themeIds: number[]
}

/** Adds a passage, or merges themes and note into the passage already at the same range. */
export function upsertPassage(archive: Archive, p: PassageInput): { id: number; created: boolean } {
  const db = archive.db
  const existing = db
    .prepare('SELECT id, note FROM passages WHERE article_id = ? AND start = ? AND end = ?')
    .get(p.articleId, p.start, p.end) as { id: number; note: string } | undefined
  let id: number
  if (existing) {
    id = existing.id
    if (p.note && !existing.note.includes(p.note)) {
      const note = existing.note ? `${existing.note}\n\n${p.note}` : p.note
      db.prepare(
        "UPDATE passages SET note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?"
      ).run(note, id)
    }
  } else {
    const s = selectorFor(p.body, p.start, p.end)
    id = Number(
      db
        .prepare(
          `INSERT INTO passages (article_id, start, end, exact, prefix, suffix, note, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'anchored')`
        )
        .run(p.articleId, s.start, s.end, s.exact, s.prefix, s.suffix, p.note).lastInsertRowid
    )
  }
  const link = db.prepare('INSERT OR IGNORE INTO passage_themes (passage_id, theme_id) VALUES (?, ?)')
  for (const t of new Set(p.themeIds)) link.run(id, t)
  return { id, created: !existing }
}

export type MemoTarget = { kind: 'theme' | 'article'; id: number } | { kind: 'archive' }

/** Adds a memo unless the same text is already a memo on the same target. */
export function addMemo(archive: Archive, target: MemoTarget, body: string): boolean {
  const text = body
  if (!text.trim()) return false
  const targetId = target.kind === 'archive' ? null : target.id
  const db = archive.db
  const same = db
    .prepare('SELECT 1 FROM memos WHERE target_kind = ? AND target_id IS ? AND body = ?')
    .get(target.kind, targetId, text)
  if (same) return false
  db.prepare('INSERT INTO memos (target_kind, target_id, body) VALUES (?, ?, ?)').run(
    target.kind,
    targetId,
    text
  )
  return true
}

/** One line of the batch log (the import module's table), written in the import's own transaction. */
export function recordOutcome(archive: Archive, batchId: string, o: ImportOutcome): void {
  archive.db
    .prepare('INSERT INTO imports (batch_id, file, outcome, message, article_id) VALUES (?, ?, ?, ?, ?)')
    .run(batchId, o.file, o.outcome, o.message, o.articleId)
}
