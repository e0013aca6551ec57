import { afterEach, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../archive'
import {
  addArticles,
  articleTitles,
  companions,
  fileHash,
  integrity,
  makeArchive,
  removeTempDirs,
  tempDir
} from '../safety/test-fixtures'
import { backupArchive } from './backup-archive'
import { listBackups } from './backup-files'
import { restoreArchive } from './restore-archive'

afterEach(removeTempDirs)

/** A Folio archive whose header is fine but one index page is garbage: only integrity_check sees it. */
function damagedArchive(path: string): string {
  makeArchive(path, 40)
  const db = new Database(path)
  const root = (
    db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'articles_source'").get() as {
      rootpage: number
    }
  ).rootpage
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.pragma('journal_mode = DELETE')
  db.close()
  const fd = openSync(path, 'r+')
  writeSync(fd, randomBytes(pageSize - 200), 0, pageSize - 200, (root - 1) * pageSize + 100)
  closeSync(fd)
  return path
}

describe('restoreArchive', () => {
  it('restores a backup and keeps the archive as it was, including rows that lived only in its WAL', async () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    const archive = openArchive(path)
    addArticles(archive, 1, 3)
    const backup = await backupArchive(archive)
    archive.close()
    const a2 = openArchive(path)
    a2.db.pragma('wal_autocheckpoint = 0')
    addArticles(a2, 10, 2)
    expect(existsSync(`${path}-wal`)).toBe(true)
    // simulate the app dying: copy the live files elsewhere while a2 still holds the WAL, then close
    const crashed = join(dir, 'crashed.sqlite')
    copyFileSync(path, crashed)
    copyFileSync(`${path}-wal`, `${crashed}-wal`)
    a2.close()
    copyFileSync(crashed, path)
    copyFileSync(`${crashed}-wal`, `${path}-wal`)

    const r = await restoreArchive(path, backup.path)
    expect(r.keptCopy).toMatch(/before-restore\.sqlite$/)
    const restored = openArchive(path)
    expect(articleTitles(restored)).toHaveLength(3)
    restored.close()
    const kept = openArchive(r.keptCopy!)
    expect(articleTitles(kept)).toHaveLength(5) // nothing of the old archive was lost
    kept.close()
    expect(integrity(path)).toBe('ok')
    expect(existsSync(backup.path)).toBe(true)
  })

  it('restores from a copy of a live archive whose -wal lies beside it', async () => {
    const dir = tempDir()
    const live = join(dir, 'live.sqlite')
    const a = openArchive(live)
    a.db.pragma('wal_autocheckpoint = 0')
    addArticles(a, 1, 4)
    copyFileSync(live, join(dir, 'copy.sqlite'))
    copyFileSync(`${live}-wal`, join(dir, 'copy.sqlite-wal'))
    a.close()
    const target = join(dir, 'archive.sqlite')
    const r = await restoreArchive(target, join(dir, 'copy.sqlite'))
    expect(r.keptCopy).toBeNull() // there was no archive yet
    const restored = openArchive(target)
    expect(articleTitles(restored)).toHaveLength(4)
    restored.close()
  })

  const refusals: [string, (p: string) => void, RegExp][] = [
    ['random bytes', (p) => writeFileSync(p, randomBytes(8192)), /not a Folio archive/],
    ['an empty file', (p) => writeFileSync(p, ''), /not a Folio archive/],
    [
      'a SQLite file of another program',
      (p) => {
        const db = new Database(p)
        db.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (1)')
        db.close()
      },
      /another program/
    ],
    ['a Folio archive that fails integrity_check', damagedArchive, /damaged \(integrity check/]
  ]
  for (const [what, make, message] of refusals) {
    it(`refuses ${what} and changes nothing`, async () => {
      const dir = tempDir()
      const path = makeArchive(join(dir, 'archive.sqlite'), 3)
      const before = fileHash(path)
      const bad = join(dir, 'bad.sqlite')
      make(bad)
      const badBefore = fileHash(bad)
      await expect(restoreArchive(path, bad)).rejects.toThrow(message)
      expect(fileHash(path)).toBe(before)
      expect(fileHash(bad)).toBe(badBefore)
      expect(companions(bad)).toEqual([])
      expect(listBackups(path, join(dir, 'backups'))).toEqual([])
      expect(integrity(path)).toBe('ok')
    })
  }

  it('refuses while another program has the archive open, and leaves it alone', async () => {
    const dir = tempDir()
    const path = makeArchive(join(dir, 'archive.sqlite'), 2)
    const backup = join(dir, 'b.sqlite')
    makeArchive(backup, 1)
    const app = openArchive(path)
    await expect(restoreArchive(path, backup)).rejects.toThrow(/open in another program/)
    expect(articleTitles(app)).toHaveLength(2)
    app.close()
  })

  it('replaces a damaged archive, keeping a byte copy of it', async () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    writeFileSync(path, randomBytes(4096))
    const before = fileHash(path)
    const good = makeArchive(join(dir, 'good.sqlite'), 2)
    const r = await restoreArchive(path, good)
    expect(fileHash(r.keptCopy!)).toBe(before)
    expect(integrity(path)).toBe('ok')
  })

  it('refuses to restore a file over itself', async () => {
    const dir = tempDir()
    const path = makeArchive(join(dir, 'archive.sqlite'), 1)
    await expect(restoreArchive(path, path)).rejects.toThrow(/over itself/)
  })
})
