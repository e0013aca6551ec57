// Scheduled backups for the desktop shell: start() returns a stop handle; the timer is injectable so
// tests drive time by hand instead of waiting.
import type { Archive } from '../archive'
import { errorLine } from '../errors'
import { backupArchive, type BackupResult } from './backup-archive'
import { backupSettings } from './backup-settings'

export interface ScheduleTimer {
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export interface BackupScheduleOptions {
  /** Overrides the archive's interval setting. */
  intervalMs?: number
  timer?: ScheduleTimer
  onBackup?: (result: BackupResult) => void
  /** A failed scheduled backup is reported here, never thrown into the app's event loop. */
  onError?: (message: string, error: unknown) => void
  /** Run one backup as soon as the schedule starts (default false). */
  immediately?: boolean
}

export interface BackupSchedule {
  stop(): void
  /** Resolves when the backup in progress (if any) has finished; for shutdown and tests. */
  idle(): Promise<void>
}

const realTimer: ScheduleTimer = {
  setInterval: (fn, ms) => {
    const h = setInterval(fn, ms)
    h.unref?.() // a pending backup must never keep the app or the CLI alive
    return h
  },
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout)
}

export function startBackupSchedule(archive: Archive, options: BackupScheduleOptions = {}): BackupSchedule {
  const timer = options.timer ?? realTimer
  const intervalMs = options.intervalMs ?? backupSettings(archive.db, archive.path).intervalMinutes * 60_000
  let running: Promise<void> | null = null
  let stopped = false
  const tick = (): void => {
    if (stopped || running) return // one at a time: a slow backup is not stacked on itself
    running = backupArchive(archive, { reason: 'scheduled' })
      .then(
        (r) => options.onBackup?.(r),
        (e) => options.onError?.(`Scheduled backup failed: ${errorLine(e)}`, e)
      )
      .finally(() => {
        running = null
      })
  }
  const handle = timer.setInterval(tick, intervalMs)
  if (options.immediately) tick()
  return {
    stop() {
      stopped = true
      timer.clearInterval(handle)
    },
    async idle() {
      while (running) await running
    }
  }
}
