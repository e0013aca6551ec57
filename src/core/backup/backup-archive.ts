// Online backups through SQLite's backup API: consistent while the archive is in use, written to a
// temporary name, checked, made a self-contained single file, then renamed into place and rotated.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Archive } from '../archive'
import type { DB } from '../db/connection'
import { FolioError } from '../errors'
import { backupFileName, rotateBackups, type BackupReason } from './backup-files'
import { backupSettings } from './backup-settings'

export interface BackupOptions {
  reason?: BackupReason
  /** Overrides the archive's backup folder setting for this backup. */
  folder?: string
  /** Overrides the archive's keep setting for this backup's rotation. */
  keep?: number
  now?: Date
}

export interface BackupResult {
  path: string
  bytes: number
  /** Older backups deleted by rotation. */
  deleted: string[]
}

function removeWithCompanions(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}

function asBackupError(e: unknown, folder: string): unknown {
  if (e instanceof FolioError) return e
  const code = (e as { code?: string }).code ?? ''
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new FolioError('disk-full', `The disk of ${folder} is full: no backup was written.`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN'))
    return new FolioError('io', `Cannot write a backup into ${folder} (permission denied or read-only).`)
  return e
}

/**
 * Turns a freshly written copy into a finished backup: rollback-journal mode (one file, opens
 * read-only anywhere), quick_check ok, then renamed to its final name. Removes the copy on failure.
 */
export function finishBackupFile(tempPath: string, finalPath: string): void {
  try {
    const copy = new Database(tempPath, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
      const check = copy.pragma('quick_check', { simple: true })
      if (check !== 'ok')
        throw new FolioError('internal', `The new backup failed its check (${String(check)}).`)
    } finally {
      copy.close()
    }
    renameSync(tempPath, finalPath)
  } catch (e) {
    removeWithCompanions(tempPath)
    throw e
  }
}

function prepareTarget(db: DB, archivePath: string, reason: BackupReason, options: BackupOptions) {
  if (archivePath === ':memory:')
    throw new FolioError('invalid-input', 'An in-memory archive cannot be backed up.')
  const settings = backupSettings(db, archivePath)
  const folder = options.folder ?? settings.folder
  const keep = options.keep ?? settings.keep
  try {
    mkdirSync(folder, { recursive: true })
  } catch (e) {
    throw asBackupError(e, folder)
  }
  const finalPath = backupFileName(archivePath, reason, folder, options.now)
  return { folder, keep, finalPath, tempPath: `${finalPath}.partial` }
}

/** Takes an online backup of an open archive (others may keep reading and writing meanwhile). */
export async function backupArchive(archive: Archive, options: BackupOptions = {}): Promise<BackupResult> {
  const reason = options.reason ?? 'manual'
  const t = prepareTarget(archive.db, archive.path, reason, options)
  try {
    await archive.db.backup(t.tempPath)
    finishBackupFile(t.tempPath, t.finalPath)
  } catch (e) {
    removeWithCompanions(t.tempPath)
    throw asBackupError(e, t.folder)
  }
  const deleted = rotateBackups(archive.path, t.folder, t.keep)
  return { path: t.finalPath, bytes: statSync(t.finalPath).size, deleted }
}

/**
 * Synchronous backup for the moment before a migration (migrate() is synchronous): VACUUM INTO
 * the backup folder under reason 'before-migration', rotated like the others.
 */
export function backupBeforeMigration(
  db: DB,
  archivePath: string,
  options: BackupOptions = {}
): BackupResult {
  const t = prepareTarget(db, archivePath, 'before-migration', options)
  try {
    db.prepare('VACUUM INTO ?').run(t.tempPath)
    finishBackupFile(t.tempPath, t.finalPath)
  } catch (e) {
    removeWithCompanions(t.tempPath)
    throw asBackupError(e, t.folder)
  }
  const deleted = rotateBackups(archivePath, t.folder, t.keep)
  return { path: t.finalPath, bytes: statSync(t.finalPath).size, deleted }
}
