// A bulk import moves the WAL checkpoint out while it runs and always puts it back, also when imports
// on one connection overlap or one of them fails.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive } from '../archive'
import { withBulkCheckpoints } from './bulk-checkpoint'

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
    expect(seen).toEqual([16384, 16384, 16384])
    expect(interval()).toBe(before)
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
