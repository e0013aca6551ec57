// While a bulk import runs, SQLite checkpoints the WAL every 64 MB instead of every 4 MB (its default).
// A checkpoint copies the WAL's pages into the archive and syncs it; with a commit every 40 ms the default
// made checkpoints about a sixth of a text import's time, and most pages copied were FTS segments the
// next merge rewrote anyway. The setting is per connection and only moves the checkpoint: every commit
// is as durable and crash-safe as before. It is put back when the last import on the connection ends.
import type { DB } from '../db/connection'

const BULK_PAGES = 16384

const active = new WeakMap<DB, { imports: number; saved: number }>()

export async function withBulkCheckpoints<T>(db: DB, run: () => Promise<T>): Promise<T> {
  let state = active.get(db)
  if (!state) {
    const saved = db.pragma('wal_autocheckpoint', { simple: true }) as number
    state = { imports: 0, saved }
    active.set(db, state)
    // Only ever raise it: an archive opened with a larger interval keeps its own.
    if (saved > 0 && saved < BULK_PAGES) db.pragma(`wal_autocheckpoint = ${BULK_PAGES}`)
  }
  state.imports++
  try {
    return await run()
  } finally {
    if (--state.imports === 0) {
      active.delete(db)
      if (db.open) db.pragma(`wal_autocheckpoint = ${state.saved}`)
    }
  }
}
