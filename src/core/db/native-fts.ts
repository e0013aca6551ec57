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

/** Where the build script puts the library, under the package's root. */
const LIBRARY = join('native', 'out', `${process.platform}-${process.arch}`, FILE)

const withNative = new WeakSet<DB>()
let found: string | null | undefined
let problem: string | null = null

/**
 * The library's path: native/out/ of the package this file belongs to (the nearest folder up with a
 * package.json: the checkout, or app.asar in the packaged app, whose unpacked files sit beside it as
 * app.asar.unpacked because a library inside the archive cannot be loaded). Nowhere else: a library
 * found by searching further up (an AppImage runs from /tmp) could be anyone's.
 */
export function findLibrary(from: string, exists: (path: string) => boolean = existsSync): string | null {
  let dir = from
  for (let up = 0; up < 6 && !exists(join(dir, 'package.json')); up++) dir = dirname(dir)
  if (!exists(join(dir, 'package.json'))) return null
  const candidate = join(dir, LIBRARY).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  return exists(candidate) ? candidate : null
}

function libraryPath(): string | null {
  if (found !== undefined) return found
  found = findLibrary(__dirname)
  if (!found) problem = `${LIBRARY} was not built (run: node scripts/build-native-fts.mjs)`
  return found
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
