// Checks a file before SQLite opens it for writing, so a foreign, truncated or future file is refused
// without a single byte of it changing.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { FolioError } from '../errors'
import { FOLIO_APPLICATION_ID } from './migrate'
import { LATEST_VERSION } from './migrations'

const SQLITE_MAGIC = 'SQLite format 3\u0000'
const RESTORE_HINT = 'If this is your archive, restore it from a backup (folio restore <file>).'

export type FileState = { kind: 'new' } | { kind: 'folio'; version: number }

export function inspectArchiveFile(path: string): FileState {
  if (!existsSync(path)) return { kind: 'new' }
  const st = statSync(path)
  if (st.isDirectory()) throw new FolioError('not-an-archive', `${path} is a folder, not an archive file.`)
  if (st.size === 0) return { kind: 'new' }
  const header = Buffer.alloc(100)
  const fd = openSync(path, 'r')
  let read = 0
  try {
    read = readSync(fd, header, 0, 100, 0)
  } finally {
    closeSync(fd)
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new FolioError(
      'not-an-archive',
      `${path} is not a Folio archive (not a SQLite database). ${RESTORE_HINT}`
    )
  }
  const pageSizeRaw = header.readUInt16BE(16)
  const pageSize = pageSizeRaw === 1 ? 65536 : pageSizeRaw
  const pageCount = header.readUInt32BE(28)
  const validFor = header.readUInt32BE(92)
  const changeCounter = header.readUInt32BE(24)
  const wal = `${path}-wal`
  const walPending = existsSync(wal) && statSync(wal).size > 0
  // With a WAL left behind, a short file is what a checkpoint cut off by a crash leaves: it writes page 1
  // (and its new page count) before the pages that grow the file, and the WAL still holds them all.
  // SQLite recovers that; only a short file without a WAL is truncated.
  if (!walPending && validFor === changeCounter && pageCount > 0 && st.size < pageCount * pageSize) {
    throw new FolioError(
      'corrupt-archive',
      `${path} is damaged: the file is shorter than its own header says (truncated). ${RESTORE_HINT}`
    )
  }
  // user_version and application_id live in the header (offsets 60 and 68). Reading them there, rather
  // than through SQLite, guarantees that inspecting a file never creates -wal/-shm files beside it.
  let appId = header.readUInt32BE(68)
  let version = header.readUInt32BE(60)
  if (walPending) {
    // Not closed cleanly: the newest header may still be in the WAL, so ask SQLite.
    ;({ appId, version } = readThroughSqlite(path))
  }
  if (appId !== FOLIO_APPLICATION_ID) {
    if (appId === 0 && version === 0 && pageCount <= 1) return { kind: 'new' }
    throw new FolioError(
      'not-an-archive',
      `${path} is a SQLite database of another program, not a Folio archive. It was not changed.`
    )
  }
  if (version > LATEST_VERSION) {
    throw new FolioError(
      'newer-archive',
      `${path} was made by a newer version of Folio (schema ${version}; this version knows up to ${LATEST_VERSION}). Open it with a newer Folio; it was not changed.`
    )
  }
  return { kind: 'folio', version }
}

function readThroughSqlite(path: string): { appId: number; version: number } {
  let db: Database.Database | null = null
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    return {
      appId: db.pragma('application_id', { simple: true }) as number,
      version: db.pragma('user_version', { simple: true }) as number
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? ''
    if (code === 'SQLITE_BUSY')
      throw new FolioError('busy', `${path} is locked by another program; try again.`)
    throw new FolioError(
      'corrupt-archive',
      `${path} cannot be read as an archive (${code || 'damaged'}). ${RESTORE_HINT}`
    )
  } finally {
    db?.close()
  }
}
