// Re-anchoring every passage (and rejected suggestion) of an article after its text changed.
import type { Archive } from '../archive'
import { anchorPassage } from './anchor-passage'
import { listPassages } from './passage-store'
import { selectorFor } from './quote-selector'

export interface ReanchorCounts {
  /** Passages placed in the new text (at the same place, moved, or with corrected words). */
  reanchored: number
  /** Of those, passages whose range or words changed. */
  moved: number
  /** Passages that could not be placed: kept with status 'orphan'. */
  orphaned: number
}

/** Call inside a transaction, after the article's body was replaced by `body`. */
export function reanchorArticlePassages(archive: Archive, articleId: number, body: string): ReanchorCounts {
  const counts: ReanchorCounts = { reanchored: 0, moved: 0, orphaned: 0 }
  const db = archive.db
  const place = db.prepare(
    `UPDATE passages SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored',
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`
  )
  const orphan = db.prepare(
    `UPDATE passages SET status = 'orphan', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`
  )
  for (const p of listPassages(archive, { articleId })) {
    const result = anchorPassage(body, p)
    if (result.status === 'orphan') {
      if (p.status !== 'orphan') orphan.run(p.id)
      counts.orphaned++
      continue
    }
    const s = selectorFor(body, result.start, result.end)
    const changed =
      p.status === 'orphan' ||
      s.start !== p.start ||
      s.end !== p.end ||
      s.exact !== p.exact ||
      s.prefix !== p.prefix ||
      s.suffix !== p.suffix
    if (changed) place.run(s.start, s.end, s.exact, s.prefix, s.suffix, p.id)
    counts.reanchored++
    if (s.start !== p.start || s.end !== p.end || s.exact !== p.exact) counts.moved++
  }
  reanchorRejections(archive, articleId, body)
  return counts
}

/**
 * A rejected suggestion stays rejected where its words still are (nearest to where they were); one
 * whose words are gone is forgotten, since it has nothing left to suppress.
 */
function reanchorRejections(archive: Archive, articleId: number, body: string): void {
  const db = archive.db
  const rows = db
    .prepare('SELECT theme_id, start, end, exact FROM suggestion_rejections WHERE article_id = ?')
    .all(articleId) as { theme_id: number; start: number; end: number; exact: string }[]
  const remove = db.prepare(
    'DELETE FROM suggestion_rejections WHERE article_id = ? AND theme_id = ? AND start = ? AND end = ?'
  )
  const insert = db.prepare(
    'INSERT OR IGNORE INTO suggestion_rejections (article_id, theme_id, start, end, exact) VALUES (?, ?, ?, ?, ?)'
  )
  for (const r of rows) {
    if (body.slice(r.start, r.end) === r.exact) continue
    remove.run(articleId, r.theme_id, r.start, r.end)
    let best = -1
    for (let at = body.indexOf(r.exact); at >= 0; at = body.indexOf(r.exact, at + 1)) {
      if (best < 0 || Math.abs(at - r.start) < Math.abs(best - r.start)) best = at
    }
    if (best >= 0) insert.run(articleId, r.theme_id, best, best + r.exact.length, r.exact)
  }
}
