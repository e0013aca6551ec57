// SQL the importer runs per article, prepared once per connection (a WeakMap keyed by the db).
import type { Statement } from 'better-sqlite3'
import type { DB } from '../db/connection'

export interface ImportStatements {
  logOutcome: Statement<[string, string, string, string, number | null]>
  correctedTarget: Statement<[{ name: string; title: string; url: string | null }], { id: number }>
  setProvenance: Statement<[string | null, string | null, string | null, string | null, number]>
  logCount: Statement<[string, string], { n: number }>
}

const cache = new WeakMap<DB, ImportStatements>()

export function importStatements(db: DB): ImportStatements {
  let s = cache.get(db)
  if (!s) {
    s = {
      logOutcome: db.prepare(
        'INSERT INTO imports (batch_id, file, outcome, message, article_id) VALUES (?, ?, ?, ?, ?)'
      ),
      // A corrected copy: same original file name and the same title or the same URL.
      correctedTarget: db.prepare(
        `SELECT id FROM articles WHERE original_name = @name AND (title = @title OR (@url IS NOT NULL AND url = @url))
         ORDER BY id DESC LIMIT 1`
      ),
      setProvenance: db.prepare(
        `UPDATE articles SET original_name = coalesce(?, original_name), original_format = coalesce(?, original_format),
           encoding = ?, original_hash = coalesce(?, original_hash) WHERE id = ?`
      ),
      logCount: db.prepare('SELECT count(*) AS n FROM imports WHERE batch_id = ? AND file = ?')
    }
    cache.set(db, s)
  }
  return s
}
