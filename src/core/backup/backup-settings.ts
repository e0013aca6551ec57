// Where backups go and how many are kept: stored in the archive's meta table so every shell agrees.
import { dirname, isAbsolute, join, resolve } from 'node:path'
import type { DB } from '../db/connection'
import { FolioError } from '../errors'

export const BACKUP_FOLDER_KEY = 'backup.folder'
export const BACKUP_KEEP_KEY = 'backup.keep'
export const BACKUP_INTERVAL_KEY = 'backup.interval_minutes'
export const DEFAULT_KEEP = 10
export const DEFAULT_INTERVAL_MINUTES = 24 * 60

export interface BackupSettings {
  /** Absolute folder the backups are written to. */
  folder: string
  /** How many backups of this archive are kept; older ones are deleted after each new backup. */
  keep: number
  /** Minutes between scheduled backups. */
  intervalMinutes: number
}

function readMeta(db: DB, key: string): string | null {
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
    return row?.value ?? null
  } catch {
    return null // an archive before schema 1 has no meta table yet
  }
}

export function defaultBackupFolder(archivePath: string): string {
  return join(dirname(resolve(archivePath)), 'backups')
}

/** The settings of this archive; a relative folder is relative to the archive's own folder. */
export function backupSettings(db: DB, archivePath: string): BackupSettings {
  const folder = readMeta(db, BACKUP_FOLDER_KEY)
  const keep = Number(readMeta(db, BACKUP_KEEP_KEY))
  const interval = Number(readMeta(db, BACKUP_INTERVAL_KEY))
  return {
    folder: folder
      ? isAbsolute(folder)
        ? folder
        : resolve(dirname(resolve(archivePath)), folder)
      : defaultBackupFolder(archivePath),
    keep: Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_KEEP,
    intervalMinutes: interval > 0 ? interval : DEFAULT_INTERVAL_MINUTES
  }
}

export interface BackupSettingsChange {
  folder?: string | null
  keep?: number | null
  intervalMinutes?: number | null
}

/** Saves the given settings (null resets one to its default). */
export function saveBackupSettings(db: DB, change: BackupSettingsChange): void {
  if (change.keep != null && !(Number.isInteger(change.keep) && change.keep >= 1 && change.keep <= 1000))
    throw new FolioError(
      'invalid-input',
      'The number of backups to keep must be a whole number from 1 to 1000.'
    )
  if (change.intervalMinutes != null && !(change.intervalMinutes >= 1))
    throw new FolioError('invalid-input', 'The backup interval must be at least one minute.')
  if (change.folder != null && !change.folder.trim())
    throw new FolioError('invalid-input', 'The backup folder cannot be empty.')
  const set = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  )
  const del = db.prepare('DELETE FROM meta WHERE key = ?')
  const apply = (key: string, value: string | number | null | undefined): void => {
    if (value === undefined) return
    if (value === null) del.run(key)
    else set.run(key, String(value))
  }
  db.transaction(() => {
    apply(BACKUP_FOLDER_KEY, change.folder)
    apply(BACKUP_KEEP_KEY, change.keep)
    apply(BACKUP_INTERVAL_KEY, change.intervalMinutes)
  })()
}
