import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openArchive } from '../archive'
import { removeTempDirs, tempDir } from '../safety/test-fixtures'
import { listBackups } from './backup-files'
import { startBackupSchedule, type ScheduleTimer } from './backup-schedule'

afterEach(removeTempDirs)

function manualTimer() {
  const state = { fn: null as null | (() => void), ms: 0, cleared: false }
  const timer: ScheduleTimer = {
    setInterval(fn, ms) {
      state.fn = fn
      state.ms = ms
      return 1
    },
    clearInterval() {
      state.cleared = true
    }
  }
  return { timer, state }
}

describe('startBackupSchedule', () => {
  it('backs up on each tick at the interval from the settings, until stopped', async () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    const { timer, state } = manualTimer()
    const done: string[] = []
    const schedule = startBackupSchedule(archive, { timer, onBackup: (r) => done.push(r.path) })
    expect(state.ms).toBe(24 * 60 * 60_000)
    state.fn!()
    await schedule.idle()
    state.fn!()
    await schedule.idle()
    expect(done).toHaveLength(2)
    expect(listBackups(archive.path, join(dir, 'backups')).map((b) => b.reason)).toEqual([
      'scheduled',
      'scheduled'
    ])
    schedule.stop()
    expect(state.cleared).toBe(true)
    state.fn!() // a tick that races the stop does nothing
    await schedule.idle()
    expect(done).toHaveLength(2)
    archive.close()
  })

  it('never runs two backups at once and reports a failure instead of throwing', async () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    archive.close() // every backup now fails: the connection is closed
    const { timer, state } = manualTimer()
    const errors: string[] = []
    const schedule = startBackupSchedule(archive, { timer, intervalMs: 1000, onError: (m) => errors.push(m) })
    state.fn!()
    state.fn!() // while the first is still running
    await schedule.idle()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^Scheduled backup failed: /)
    schedule.stop()
  })
})
