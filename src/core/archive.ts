// The archive facade: open (check, migrate), describe, close. Feature modules take an Archive.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { openConnection, type DB } from './db/connection'
import { migrate, type MigrateResult } from './db/migrate'
import { inspectArchiveFile } from './db/inspect-file'
import { FolioError } from './errors'

export interface Archive {
  readonly db: DB
  /** Absolute path of the archive file, or ':memory:'. */
  readonly path: string
  readonly migration: MigrateResult
  close(): void
}

export interface OpenOptions {
  busyTimeoutMs?: number
  /** false: rank in SQL without folio-fts (tests of that path). */
  nativeFts?: boolean
}

/** Opens the connection and reads the schema once, so a file damaged past its header is refused here. */
function openChecked(path: string, options: OpenOptions): DB {
  let db: DB | null = null
  const companions = [`${path}-wal`, `${path}-shm`].filter((f) => !existsSync(f))
  try {
    db = openConnection(path, { busyTimeoutMs: options.busyTimeoutMs, nativeFts: options.nativeFts })
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    return db
  } catch (e) {
    db?.close()
    // SQLite leaves the -wal/-shm files it just made beside a file it could not read: remove ours.
    for (const f of companions) if (existsSync(f) && (f.endsWith('-shm') || statSync(f).size === 0)) rmSync(f)
    const code = (e as { code?: string }).code ?? ''
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new FolioError(
        'corrupt-archive',
        `${path} is damaged and cannot be opened. If this is your archive, restore it from a backup (folio restore <file>).`
      )
    }
    throw e
  }
}

export function openArchive(path: string, options: OpenOptions = {}): Archive {
  const abs = path === ':memory:' ? path : resolve(path)
  if (abs !== ':memory:') {
    inspectArchiveFile(abs)
    mkdirSync(dirname(abs), { recursive: true })
  }
  const db = openChecked(abs, options)
  let migration: MigrateResult
  try {
    migration = migrate(db, abs)
  } catch (e) {
    db.close()
    throw e
  }
  let closed = false
  return {
    db,
    path: abs,
    migration,
    close() {
      if (closed) return
      closed = true
      db.close()
    }
  }
}

export interface ArchiveInfo {
  path: string
  schemaVersion: number
  articles: number
  passages: number
  themes: number
}

export function archiveInfo(archive: Archive): ArchiveInfo {
  const count = (table: string): number =>
    (archive.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  return {
    path: archive.path,
    schemaVersion: archive.migration.to,
    articles: count('articles'),
    passages: count('passages'),
    themes: count('themes')
  }
}
