// Loads folio-fts (native/folio-fts.c: Folio's ranking as FTS5 functions) into a connection. Search
// uses it when it is there and ranks in SQL when it is not (no C compiler at install, a platform it
// was not built for): the same results, slower for the commonest words. Built by
// scripts/build-native-fts.mjs into native/out/<platform>-<arch>/.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DB } from './connection'

const FILE = `folio-fts.${process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so'}`
/** Set to "off" to rank in SQL (the benchmark's A/B runs; tests open connections without it directly). */
const SWITCH = 'FOLIO_NATIVE_FTS'

const withNative = new WeakSet<DB>()
let found: string | null | undefined
let problem: string | null = null

/**
 * The library's path, looked for in native/out/ of this checkout or of the packaged app, whose
 * unpacked files sit beside app.asar (a library inside the asar archive cannot be loaded).
 */
function libraryPath(): string | null {
  if (found !== undefined) return found
  const rel = join('native', 'out', `${process.platform}-${process.arch}`, FILE)
  let dir = __dirname
  for (let up = 0; up < 6; up++) {
    const candidate = join(dir, rel).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
    if (existsSync(candidate)) return (found = candidate)
    dir = dirname(dir)
  }
  problem = `${rel} was not built (run: node scripts/build-native-fts.mjs)`
  return (found = null)
}

/** Loads the functions into `db`; false (and the reason in nativeFtsProblem) when they cannot be. */
export function loadNativeFts(db: DB): boolean {
  if (process.env[SWITCH] === 'off') {
    problem = `${SWITCH}=off`
    return false
  }
  const path = libraryPath()
  if (!path) return false
  try {
    // SQLite finds the entry point from the file name: folio-fts → sqlite3_foliofts_init.
    db.loadExtension(path)
    withNative.add(db)
    return true
  } catch (e) {
    problem = `${path} did not load: ${(e as Error).message}`
    return false
  }
}

/** Whether `db` ranks with folio-fts. */
export function hasNativeFts(db: DB): boolean {
  return withNative.has(db)
}

/** Why the last connection opened without folio-fts, or null. */
export function nativeFtsProblem(): string | null {
  return problem
}
