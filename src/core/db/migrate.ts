// Runs pending migrations on user_version, each in one transaction, after copying the archive aside.
import type { DB } from './connection'
import { MIGRATIONS, LATEST_VERSION } from './migrations'
import { FolioError } from '../errors'
import { backupBeforeMigration } from '../backup/backup-archive'

export const FOLIO_APPLICATION_ID = 0x466f6c69 // "Foli"

export interface MigrateResult {
  from: number
  to: number
  /** Path of the copy made before migrating an existing archive, if one was made. */
  backupPath: string | null
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function migrate(db: DB, archivePath: string | null): MigrateResult {
  const from = schemaVersion(db)
  if (from > LATEST_VERSION) {
    throw new FolioError(
      'newer-archive',
      `This archive was made by a newer version of Folio (schema ${from}; this version knows up to ${LATEST_VERSION}). Open it with a newer Folio; it was not changed.`
    )
  }
  let backupPath: string | null = null
  if (from > 0 && from < LATEST_VERSION && archivePath && archivePath !== ':memory:') {
    // A whole copy goes into the backup folder (rotated with the other backups) before any step runs.
    backupPath = backupBeforeMigration(db, archivePath).path
  }
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
      if (m.version === 1) db.pragma(`application_id = ${FOLIO_APPLICATION_ID}`)
    }).immediate()
  }
  return { from, to: LATEST_VERSION, backupPath }
}
