// Restores an archive from a backup file: the file is checked on a private copy first (a Folio
// archive, integrity_check ok), the current archive is kept as a backup, then swapped atomically.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../archive'
import { inspectArchiveFile } from '../db/inspect-file'
import { FolioError } from '../errors'
import { finishBackupFile } from './backup-archive'
import { backupFileName, rotateBackups } from './backup-files'
import { backupSettings, defaultBackupFolder, DEFAULT_KEEP } from './backup-settings'

export interface RestoreOptions {
  /** Where the copy of the current archive goes; default: the archive's backup folder setting. */
  backupFolder?: string
}

export interface RestoreResult {
  archivePath: string
  restoredFrom: string
  /** The copy of the archive as it was before the restore (null when there was none). */
  keptCopy: string | null
  schemaVersion: number
}

const COMPANIONS = ['-wal', '-shm', '-journal']

function removeWithCompanions(path: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(path + suffix, { force: true })
}

/** Copies the backup (and a -wal beside it, which holds part of its data) to a private staging file. */
function stageCopy(source: string, staged: string): void {
  copyFileSync(source, staged)
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${staged}-wal`)
}

/** Throws a FolioError unless the staged file is a healthy Folio archive; never writes to it. */
function checkStaged(staged: string, source: string): void {
  let state
  try {
    state = inspectArchiveFile(staged)
  } catch (e) {
    if (e instanceof FolioError) {
      const message = e.message.replaceAll(staged, source).replace(/ If this is your archive.*$/, '')
      throw new FolioError(
        e.code,
        `${message} Nothing was restored.`.replace('changed. Nothing', 'changed; nothing')
      )
    }
    throw e
  }
  if (state.kind !== 'folio')
    throw new FolioError(
      'not-an-archive',
      `${source} is not a Folio archive (it is empty). Nothing was restored.`
    )
  let problems: string[] = []
  try {
    const db = new Database(staged, { readonly: true, fileMustExist: true })
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    } finally {
      db.close()
    }
  } catch (e) {
    problems = [(e as { code?: string }).code ?? 'unreadable']
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new FolioError(
      'corrupt-archive',
      `${source} is damaged (integrity check: ${problems[0] ?? 'failed'}). Nothing was restored; try an older backup.`
    )
  }
}

/** Folds a staged WAL into the main file and leaves one self-contained file. */
function settleStaged(staged: string): void {
  const db = new Database(staged, { fileMustExist: true })
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
  rmSync(`${staged}-wal`, { force: true })
  rmSync(`${staged}-shm`, { force: true })
}

function folderFor(archivePath: string, override?: string): { folder: string; keep: number } {
  if (override) return { folder: override, keep: DEFAULT_KEEP }
  try {
    const db = new Database(archivePath, { readonly: true, fileMustExist: true })
    try {
      return backupSettings(db, archivePath)
    } finally {
      db.close()
    }
  } catch {
    return { folder: defaultBackupFolder(archivePath), keep: DEFAULT_KEEP }
  }
}

/**
 * Keeps the current archive as a 'before-restore' backup. A healthy archive is copied through the
 * backup API while holding an exclusive lock (which also proves no other program has it open); a
 * damaged one is copied byte for byte with its -wal.
 */
async function keepCurrent(archivePath: string, folder: string, keep: number): Promise<string> {
  mkdirSync(folder, { recursive: true })
  const finalPath = backupFileName(archivePath, 'before-restore', folder)
  const temp = `${finalPath}.partial`
  let db: Database.Database | null = null
  try {
    db = new Database(archivePath, { fileMustExist: true })
  } catch {
    db = null
  }
  if (db) {
    try {
      db.pragma('busy_timeout = 200')
      db.pragma('locking_mode = EXCLUSIVE')
      db.exec('BEGIN EXCLUSIVE')
      db.exec('COMMIT')
    } catch (e) {
      db.close()
      if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY'))
        throw new FolioError(
          'busy',
          `${archivePath} is open in another program (close Folio first). Nothing was restored.`
        )
      db = null // damaged: fall through to a byte copy
    }
  }
  if (db) {
    try {
      await db.backup(temp)
      db.close()
      finishBackupFile(temp, finalPath)
      rotateBackups(archivePath, folder, Math.max(keep, 1))
      return finalPath
    } catch {
      db.close()
      removeWithCompanions(temp)
    }
  }
  copyFileSync(archivePath, finalPath)
  if (existsSync(`${archivePath}-wal`)) copyFileSync(`${archivePath}-wal`, `${finalPath}-wal`)
  return finalPath
}

export async function restoreArchive(
  archivePath: string,
  sourcePath: string,
  options: RestoreOptions = {}
): Promise<RestoreResult> {
  const target = resolve(archivePath)
  const source = resolve(sourcePath)
  if (target === source) throw new FolioError('invalid-input', 'A file cannot be restored over itself.')
  if (!existsSync(source)) throw new FolioError('not-found', `No such file: ${source}`)
  if (statSync(source).isDirectory())
    throw new FolioError('invalid-input', `${source} is a folder, not a backup file.`)
  mkdirSync(dirname(target), { recursive: true })
  const staged = join(dirname(target), `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`)
  let keptCopy: string | null = null
  try {
    stageCopy(source, staged)
    checkStaged(staged, source)
    settleStaged(staged)
    if (existsSync(target) && statSync(target).size > 0) {
      const { folder, keep } = folderFor(target, options.backupFolder)
      keptCopy = await keepCurrent(target, folder, keep)
    }
    // The old -wal/-shm belong to the old file: replayed onto the restored one they would corrupt it.
    for (const s of COMPANIONS) rmSync(target + s, { force: true })
    renameSync(staged, target)
  } finally {
    removeWithCompanions(staged)
  }
  const archive = openArchive(target) // migrates a backup from an older Folio, with its own copy first
  const schemaVersion = archive.migration.to
  archive.close()
  return { archivePath: target, restoredFrom: source, keptCopy, schemaVersion }
}
