// Checkpoints the WAL of a bulk import from a worker thread, on a connection of its own, so that copying
// WAL pages into the archive and syncing it (about a tenth of a text import when SQLite does it at
// commit) overlaps the import instead of stalling it. The worker runs a PASSIVE checkpoint after a
// commit it is told of, at most every MIN_PASS_INTERVAL_MS; it never waits for a lock and never blocks
// the importer.
//
// A WAL only starts over from its beginning when it has been checkpointed to its end before a write
// transaction begins, which a checkpoint running beside the importer almost never achieves. So once the
// WAL has grown past RESTART_FRAMES the importer itself checkpoints the few frames the worker has not
// copied yet, between two groups, and its next write starts the WAL over: the WAL stays as small as it
// was with SQLite's own checkpoints. Anything that goes wrong with the worker (it cannot be loaded, it
// fails) hands checkpoints back to SQLite for the rest of the import.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { DB } from '../db/connection'

/** The WAL length (in pages) at which the importer brings the checkpoint to the end of the WAL. */
export const RESTART_FRAMES = 16384

/**
 * Least time between two of the worker's passes. A pass after every 40 ms group synced the archive
 * about twenty times a second, which slowed the importer's own writes; one pass every quarter second
 * imported about 5 % faster, and the importer's catch-ups (what the worker has not copied yet) stayed
 * at 15–60 ms. Much longer made those catch-ups stall the importer for 100 ms and more.
 */
export const MIN_PASS_INTERVAL_MS = 250

/**
 * Plain CommonJS that requires the driver by its resolved path: the worker needs no TypeScript loader
 * and no entry of its own in a bundle (if it still cannot load, the import falls back, see above).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
db.pragma('synchronous = NORMAL')
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close()
    parentPort.close()
    return
  }
  try {
    const row = db.pragma('wal_checkpoint(PASSIVE)')[0]
    parentPort.postMessage({ log: row.log })
  } catch (e) {
    parentPort.postMessage({ error: String(e) })
  }
})
`

export interface PassLimits {
  restartFrames: number
  minPassIntervalMs: number
}

interface PassReport {
  log?: number
  error?: string
}

export class WalCheckpointWorker {
  private passing = false
  /** Frames in the WAL when the worker's last pass ran. */
  private walFrames = 0
  private failed = false
  private stopping = false
  /** When the worker's last pass was asked for (performance.now()). */
  private lastPassAt = -Infinity
  private passDone: (() => void) | null = null

  private constructor(
    private readonly db: DB,
    private readonly worker: Worker,
    private readonly onFailure: () => void,
    private readonly limits: PassLimits
  ) {
    worker.on('message', (r: PassReport) => this.reported(r))
    worker.on('error', () => this.fail())
    worker.on('exit', () => this.fail())
  }

  /**
   * Starts a worker for this connection's archive, or returns null when there is nothing to do
   * (no WAL, an in-memory archive) or the worker cannot be created. onFailure is called, once, if the
   * worker fails later.
   */
  static start(
    db: DB,
    onFailure: () => void,
    limits: PassLimits = { restartFrames: RESTART_FRAMES, minPassIntervalMs: MIN_PASS_INTERVAL_MS }
  ): WalCheckpointWorker | null {
    if (db.memory || !db.name || db.pragma('journal_mode', { simple: true }) !== 'wal') return null
    try {
      const driver = createRequire(__filename).resolve('better-sqlite3')
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: db.name } })
      return new WalCheckpointWorker(db, worker, onFailure, limits)
    } catch {
      return null
    }
  }

  /**
   * Called after the importer committed, with no transaction open: brings the checkpoint to the end of
   * a long WAL (see above), else asks the worker for a pass unless one is running or ran just now.
   */
  afterCommit(): void {
    if (this.failed || this.passing) return
    if (this.walFrames >= this.limits.restartFrames) {
      this.walFrames = 0
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)')
      } catch {
        // a busy or failing checkpoint is retried when the worker next reports a long WAL
      }
      return // the next write starts the WAL over; the worker's next pass comes after it
    }
    if (performance.now() - this.lastPassAt < this.limits.minPassIntervalMs) return
    this.lastPassAt = performance.now()
    this.passing = true
    this.worker.postMessage('go')
  }

  /**
   * Waits for a pass in flight, then closes the worker's connection and ends the worker. Once stopping,
   * a failure of the worker no longer hands checkpoints back (the import has put its settings back).
   */
  async stop(): Promise<void> {
    this.stopping = true
    if (this.passing && !this.failed) await new Promise<void>((resolve) => (this.passDone = resolve))
    if (this.failed) return
    this.failed = true // from here on, exit is expected
    await new Promise<void>((resolve) => {
      this.worker.once('exit', () => resolve())
      this.worker.postMessage('close')
    })
  }

  private reported(r: PassReport): void {
    this.passing = false
    if (r.error !== undefined) this.fail()
    else this.walFrames = r.log ?? 0
    this.passDone?.()
    this.passDone = null
  }

  private fail(): void {
    this.passing = false
    this.passDone?.()
    this.passDone = null
    if (this.failed) return
    this.failed = true
    void this.worker.terminate()
    if (!this.stopping) this.onFailure()
  }
}
