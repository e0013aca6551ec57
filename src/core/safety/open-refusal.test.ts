// A damaged, foreign or future file is refused at open with a plain message, and not one byte changes.
import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../archive'
import { FolioError } from '../errors'
import { LATEST_VERSION } from '../db/migrations'
import { companions, fileHash, makeArchive, removeTempDirs, tempDir } from './test-fixtures'

afterEach(removeTempDirs)

interface Case {
  name: string
  make: (path: string) => void
  code: FolioError['code']
  message: RegExp
}

const CASES: Case[] = [
  {
    name: 'a truncated archive',
    make: (p) => {
      makeArchive(p, 60)
      truncateSync(p, Math.floor(statSync(p).size / 2))
    },
    code: 'corrupt-archive',
    message: /damaged.*truncated.*restore it from a backup \(folio restore/
  },
  {
    name: 'random bytes',
    make: (p) => writeFileSync(p, randomBytes(64 * 1024)),
    code: 'not-an-archive',
    message: /not a Folio archive.*restore it from a backup/
  },
  {
    name: 'random bytes after a valid SQLite header',
    make: (p) => {
      makeArchive(p, 5)
      const bytes = readFileSync(p)
      randomBytes(bytes.length - 100).copy(bytes, 100)
      writeFileSync(p, bytes)
    },
    code: 'corrupt-archive',
    message: /restore it from a backup/
  },
  {
    name: 'a SQLite database of another program',
    make: (p) => {
      const db = new Database(p)
      db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('x')")
      db.close()
    },
    code: 'not-an-archive',
    message: /another program, not a Folio archive/
  },
  {
    name: 'a WAL-mode SQLite database of another program',
    make: (p) => {
      const db = new Database(p)
      db.pragma('journal_mode = WAL')
      db.exec('CREATE TABLE t (x)')
      db.close()
    },
    code: 'not-an-archive',
    message: /another program/
  },
  {
    name: 'an archive from a newer Folio',
    make: (p) => {
      makeArchive(p, 3)
      const db = new Database(p)
      db.pragma(`user_version = ${LATEST_VERSION + 1}`)
      db.close()
    },
    code: 'newer-archive',
    message: /newer version of Folio.*not changed/
  }
]

describe('openArchive refuses bad files without touching them', () => {
  for (const c of CASES) {
    it(`refuses ${c.name}`, () => {
      const dir = tempDir()
      const path = join(dir, 'archive.sqlite')
      c.make(path)
      const before = fileHash(path)
      let error: unknown = null
      try {
        openArchive(path).close()
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(FolioError)
      expect((error as FolioError).code).toBe(c.code)
      expect((error as FolioError).message).toMatch(c.message)
      expect((error as FolioError).message).not.toMatch(/\n|at .*\.ts/)
      expect(fileHash(path)).toBe(before)
      expect(companions(path)).toEqual([])
    })
  }
})
