// While a bulk import runs, the WAL is checkpointed beside it by a worker thread (wal-checkpoint-worker.ts)
// instead of by SQLite at commit: a checkpoint copies the WAL's pages into the archive and syncs it, and
// done at commit it stalled the import for about a tenth of a text import's time. Where the worker
// cannot run, SQLite checkpoints every 64 MB instead of every 4 MB (its default): with a commit every
// 40 ms the default made checkpoints about a sixth of a text import's time, and most pages copied were
// FTS segments the next merge rewrote anyway. Either way every commit is as durable and crash-safe as
// before. The settings are per connection and put back when the last import on the connection ends.
import type { DB } from '../db/connection'
import { RESTART_FRAMES, WalCheckpointWorker } from './wal-checkpoint-worker'

const BULK_PAGES = RESTART_FRAMES

/**
 * With the worker, SQLite's own checkpoint only stands guard, far above where the worker restarts the
 * WAL: it runs only if commits the worker is not told of (files imported alone) grow the WAL that far.
 */
const GUARD_PAGES = 4 * RESTART_FRAMES

interface BulkState {
  imports: number
  saved: number
  worker: WalCheckpointWorker | null
}

const active = new WeakMap<DB, BulkState>()

/** Only ever raises the interval: an archive opened with a larger one keeps its own. */
function raiseAutocheckpoint(db: DB, saved: number, pages: number): void {
  if (saved > 0 && saved < pages && db.open) db.pragma(`wal_autocheckpoint = ${pages}`)
}

export async function withBulkCheckpoints<T>(db: DB, run: () => Promise<T>): Promise<T> {
  let state = active.get(db)
  if (!state) {
    const saved = db.pragma('wal_autocheckpoint', { simple: true }) as number
    const s: BulkState = { imports: 0, saved, worker: null }
    state = s
    active.set(db, s)
    s.worker =
      saved > 0 ? WalCheckpointWorker.start(db, () => raiseAutocheckpoint(db, saved, BULK_PAGES)) : null
    if (s.worker) db.pragma(`wal_autocheckpoint = ${Math.max(saved, GUARD_PAGES)}`)
    else raiseAutocheckpoint(db, saved, BULK_PAGES)
  }
  state.imports++
  try {
    return await run()
  } finally {
    if (--state.imports === 0) {
      // Put back before waiting for the worker, so an import that starts meanwhile finds the setting
      // as it was and runs its own worker.
      active.delete(db)
      if (db.open) db.pragma(`wal_autocheckpoint = ${state.saved}`)
      await state.worker?.stop()
    }
  }
}

/** Tells the bulk import's checkpoint worker, if any, that the importer has just committed. */
export function afterBulkCommit(db: DB): void {
  active.get(db)?.worker?.afterCommit()
}
