// A bulk import moves the WAL checkpoint out while it runs (to a worker, or to a longer interval where
// no worker runs) and always puts it back, also when imports on one connection overlap or one of them
// fails.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive } from '../archive'
import { withBulkCheckpoints } from './bulk-checkpoint'
import { RESTART_FRAMES, WalCheckpointWorker } from './wal-checkpoint-worker'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function archive() {
  const dir = mkdtempSync(join(tmpdir(), 'folio-ckpt-'))
  dirs.push(dir)
  return openArchive(join(dir, 'a.sqlite'))
}

describe('withBulkCheckpoints', () => {
  it('raises the interval while imports run and restores it after the last, even after a failure', async () => {
    const a = archive()
    const interval = () => a.db.pragma('wal_autocheckpoint', { simple: true })
    const before = interval()
    expect(before).toBeLessThan(16384)
    const seen: unknown[] = []
    let release = (): void => {}
    const first = withBulkCheckpoints(a.db, () => new Promise<void>((r) => (release = r)))
    seen.push(interval())
    await expect(
      withBulkCheckpoints(a.db, async () => {
        seen.push(interval())
        throw new Error('the second import fails')
      })
    ).rejects.toThrow('the second import fails')
    seen.push(interval()) // the first import still runs
    release()
    await first
    // SQLite's own checkpoint only stands guard above the worker's restart point.
    expect(seen).toEqual([4 * RESTART_FRAMES, 4 * RESTART_FRAMES, 4 * RESTART_FRAMES])
    expect(interval()).toBe(before)
    a.close()
  })

  it('checkpoints every 64 MB itself where no worker can run (no WAL)', async () => {
    const a = archive()
    a.db.pragma('journal_mode = DELETE')
    const before = a.db.pragma('wal_autocheckpoint', { simple: true })
    await withBulkCheckpoints(a.db, async () => {
      expect(a.db.pragma('wal_autocheckpoint', { simple: true })).toBe(16384)
    })
    expect(a.db.pragma('wal_autocheckpoint', { simple: true })).toBe(before)
    a.close()
  })

  it('keeps the WAL from growing past the restart point while the worker checkpoints', async () => {
    const a = archive()
    a.db.pragma('wal_autocheckpoint = 0') // only the worker and the importer checkpoint here
    a.db.exec('CREATE TABLE filler (x BLOB)')
    const insert = a.db.prepare('INSERT INTO filler VALUES (randomblob(3000))')
    let failed = false
    const worker = WalCheckpointWorker.start(a.db, () => (failed = true), {
      restartFrames: 256,
      minPassIntervalMs: 0
    })
    expect(worker).not.toBeNull()
    for (let group = 0; group < 60; group++) {
      a.db.transaction(() => {
        for (let i = 0; i < 100; i++) insert.run()
      })()
      worker!.afterCommit()
      await new Promise((r) => setTimeout(r, 5)) // the worker reports between groups
    }
    await worker!.stop()
    expect(failed).toBe(false)
    // 60 groups of ~300 KB wrote ~18 MB of WAL; it started over a few groups past the 1 MB restart
    // point instead (how many depends on when the worker's reports arrive).
    const walBytes = statSync(`${a.db.name}-wal`).size
    expect(walBytes).toBeGreaterThan(0)
    expect(walBytes).toBeLessThan(9 * 1024 * 1024)
    expect(a.db.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 6000 })
    a.close()
  })

  it('leaves a connection with checkpoints turned off as it is', async () => {
    const a = archive()
    a.db.pragma('wal_autocheckpoint = 0')
    await withBulkCheckpoints(a.db, async () => {
      expect(a.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    })
    expect(a.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    a.close()
  })
})
