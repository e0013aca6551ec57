import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openConnection } from '../db/connection'
import { migrate } from '../db/migrate'
import { FolioError } from '../errors'
import { checkSchemaReadable, openGuarded } from './open-guard'
import { companions, fileHash, makeArchive, removeTempDirs, tempDir } from './test-fixtures'

afterEach(removeTempDirs)

/** What openArchive does after inspecting the header, wrapped the way it should be. */
function guardedOpen(path: string) {
  return openGuarded(path, () => {
    const db = openConnection(path)
    try {
      checkSchemaReadable(db)
      migrate(db, path)
      return db
    } catch (e) {
      db.close()
      throw e
    }
  })
}

describe('openGuarded', () => {
  it('refuses an archive whose header is intact but whose pages are garbage, leaving it untouched', () => {
    const path = makeArchive(join(tempDir(), 'archive.sqlite'), 5)
    const bytes = readFileSync(path)
    randomBytes(bytes.length - 100).copy(bytes, 100)
    writeFileSync(path, bytes)
    const before = fileHash(path)
    let error: unknown
    try {
      guardedOpen(path).close()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(FolioError)
    expect((error as FolioError).code).toBe('corrupt-archive')
    expect((error as FolioError).message).toMatch(/damaged.*restore it from a backup/)
    expect(fileHash(path)).toBe(before)
    expect(companions(path)).toEqual([])
  })

  it('opens a healthy archive normally', () => {
    const path = makeArchive(join(tempDir(), 'archive.sqlite'), 2)
    const db = guardedOpen(path)
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(2)
    db.close()
  })
})
