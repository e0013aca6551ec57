// Opening a SQLite connection the way Folio always wants it: WAL, foreign keys, busy timeout, fold().
import Database from 'better-sqlite3'
import { foldVietnamese } from '../text/fold-vietnamese'

export type DB = Database.Database

export interface ConnectionOptions {
  readonly?: boolean
  /** Milliseconds a writer waits for another writer before SQLITE_BUSY. */
  busyTimeoutMs?: number
}

/** Registers the SQL functions the schema's triggers call. Every connection needs them. */
export function registerFunctions(db: DB): void {
  db.function('folio_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldVietnamese(text) : text
  )
}

export function openConnection(path: string, options: ConnectionOptions = {}): DB {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false
  })
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.pragma('foreign_keys = ON')
  registerFunctions(db)
  return db
}

/** Runs fn inside one immediate transaction (takes the write lock up front, so it waits rather than fails). */
export function inTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate()
}
