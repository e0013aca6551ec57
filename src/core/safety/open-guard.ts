// Turns a failure while opening an archive into one plain FolioError, and removes the -wal/-shm files
// that the failed open itself created, so a damaged file is left exactly as it was found.
import { existsSync, rmSync, statSync } from 'node:fs'
import type { DB } from '../db/connection'
import { FolioError } from '../errors'

const RESTORE_HINT = 'If this is your archive, restore it from a backup (folio restore <file>).'

/** SQLite parses the whole schema on this read: a damaged first page or schema table fails here. */
export function checkSchemaReadable(db: DB): void {
  db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all()
}

function openError(path: string, e: unknown): unknown {
  if (e instanceof FolioError) return e
  const code = (e as { code?: string }).code ?? ''
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new FolioError(
      'corrupt-archive',
      `${path} is damaged and cannot be opened (${code}). ${RESTORE_HINT}`
    )
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new FolioError('busy', `${path} is locked by another program; try again in a moment.`)
  if (code === 'SQLITE_FULL')
    return new FolioError('disk-full', `The disk holding ${path} is full: the archive could not be opened.`)
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_IOERR')
  )
    return new FolioError('io', `${path} cannot be opened for writing (${code}).`)
  return e
}

/**
 * Runs `open` (connect, check, migrate) for the archive at `path`. On failure: closes nothing itself
 * (open must close its own connection first), deletes -wal/-shm files that did not exist before and
 * hold no data, and rethrows as a FolioError when the cause is a damaged, locked or unwritable file.
 */
export function openGuarded<T>(path: string, open: () => T): T {
  if (path === ':memory:') return open()
  const wal = `${path}-wal`
  const shm = `${path}-shm`
  const hadWal = existsSync(wal)
  const hadShm = existsSync(shm)
  try {
    return open()
  } catch (e) {
    if (!hadWal && existsSync(wal) && statSync(wal).size === 0) {
      rmSync(wal, { force: true })
      if (!hadShm) rmSync(shm, { force: true })
    }
    throw openError(path, e)
  }
}
