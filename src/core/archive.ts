// The archive facade: open (check, migrate), describe, close. Feature modules take an Archive.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { openConnection, type DB } from './db/connection'
import { migrate, type MigrateResult } from './db/migrate'
import { inspectArchiveFile } from './db/inspect-file'

export interface Archive {
  readonly db: DB
  /** Absolute path of the archive file, or ':memory:'. */
  readonly path: string
  readonly migration: MigrateResult
  close(): void
}

export interface OpenOptions {
  busyTimeoutMs?: number
}

export function openArchive(path: string, options: OpenOptions = {}): Archive {
  const abs = path === ':memory:' ? path : resolve(path)
  if (abs !== ':memory:') {
    inspectArchiveFile(abs)
    mkdirSync(dirname(abs), { recursive: true })
  }
  const db = openConnection(abs, { busyTimeoutMs: options.busyTimeoutMs })
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
