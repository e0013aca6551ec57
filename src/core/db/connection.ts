// Opening a SQLite connection the way Folio always wants it: WAL, foreign keys, busy timeout, fold().
import Database from 'better-sqlite3'
import { foldVietnamese } from '../text/fold-vietnamese'
import { searchKey } from '../text/search-key'
import { loadNativeFts } from './native-fts'

export type DB = Database.Database

/** Page cache per connection, in KiB. */
export const CACHE_KIB = 65536

export interface ConnectionOptions {
  readonly?: boolean
  /** Milliseconds a writer waits for another writer before SQLITE_BUSY. */
  busyTimeoutMs?: number
  /** Load folio-fts, Folio's ranking functions (default true; search falls back to SQL without them). */
  nativeFts?: boolean
}

/** Registers the SQL functions the schema's triggers call. Every connection needs them. */
export function registerFunctions(db: DB): void {
  db.function('folio_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldVietnamese(text) : text
  )
  db.function('folio_search_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchKey(text) : text
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
  // 64 MiB of page cache (SQLite's default is 2 MiB): search ranks over FTS doclists and then reads
  // article rows and passage indexes; with the small default those pages evict each other.
  db.pragma(`cache_size = -${CACHE_KIB}`)
  registerFunctions(db)
  if (options.nativeFts !== false) loadNativeFts(db)
  return db
}

/** Runs fn inside one immediate transaction (takes the write lock up front, so it waits rather than fails). */
export function inTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate()
}
