import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../archive'
import {
  addArticles,
  articleTitles,
  companions,
  filesIn,
  removeTempDirs,
  tempDir
} from '../safety/test-fixtures'
import { backupArchive, backupBeforeMigration } from './backup-archive'
import { listBackups } from './backup-files'
import { backupSettings, saveBackupSettings } from './backup-settings'

afterEach(removeTempDirs)

function countIn(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('backupArchive', () => {
  it('writes a checked single-file copy into <archive dir>/backups while the archive stays open', async () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    addArticles(archive, 1, 5)
    const r = await backupArchive(archive)
    expect(r.path.startsWith(join(dir, 'backups'))).toBe(true)
    expect(r.path).toMatch(/archive\.\d{8}T\d{9}Z\.manual\.sqlite$/)
    expect(companions(r.path)).toEqual([])
    expect(countIn(r.path)).toBe(5)
    // the archive is still usable and later writes do not leak into the backup
    addArticles(archive, 6, 2)
    expect(countIn(r.path)).toBe(5)
    archive.close()
  })

  it('includes rows another connection committed a moment before (they live only in the WAL)', async () => {
    const dir = tempDir()
    const path = join(dir, 'a.sqlite')
    const archive = openArchive(path)
    const other = openArchive(path)
    addArticles(other, 1, 3)
    expect(existsSync(`${path}-wal`)).toBe(true)
    const r = await backupArchive(archive)
    expect(countIn(r.path)).toBe(3)
    other.close()
    archive.close()
  })

  it('keeps only the newest N backups and never touches other files in the folder', async () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    const folder = join(dir, 'b')
    saveBackupSettings(archive.db, { folder, keep: 3 })
    writeFileSync(join(dir, 'placeholder'), '')
    const made: string[] = []
    for (let i = 0; i < 5; i++) {
      addArticles(archive, i * 10, 1)
      made.push((await backupArchive(archive, { now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) })).path)
    }
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    const last = await backupArchive(archive, { now: new Date(Date.UTC(2026, 0, 2)) })
    expect(last.deleted).toEqual(made.slice(2, 3))
    const left = listBackups(archive.path, folder).map((b) => b.path)
    expect(left).toEqual([made[3], made[4], last.path])
    expect(filesIn(folder)).toContain('notes.txt')
    archive.close()
  })

  it('reads its folder and keep count from the archive settings, relative folders beside the archive', () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    expect(backupSettings(archive.db, archive.path)).toMatchObject({ folder: join(dir, 'backups'), keep: 10 })
    saveBackupSettings(archive.db, { folder: 'safe', keep: 4, intervalMinutes: 60 })
    expect(backupSettings(archive.db, archive.path)).toEqual({
      folder: join(dir, 'safe'),
      keep: 4,
      intervalMinutes: 60
    })
    expect(() => saveBackupSettings(archive.db, { keep: 0 })).toThrow(/whole number/)
    saveBackupSettings(archive.db, { folder: null, keep: null })
    expect(backupSettings(archive.db, archive.path).keep).toBe(10)
    archive.close()
  })

  it('reports a folder it cannot write to in one line and leaves no partial file', async () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    writeFileSync(join(dir, 'file'), 'x')
    await expect(backupArchive(archive, { folder: join(dir, 'file', 'sub') })).rejects.toThrow()
    archive.close()
    expect(filesIn(dir).filter((f) => f.includes('partial'))).toEqual([])
  })

  it('makes the synchronous pre-migration copy into the same folder, rotated with the rest', () => {
    const dir = tempDir()
    const archive = openArchive(join(dir, 'archive.sqlite'))
    addArticles(archive, 1, 2)
    const r = backupBeforeMigration(archive.db, archive.path, { keep: 1 })
    expect(r.path).toMatch(/before-migration\.sqlite$/)
    expect(countIn(r.path)).toBe(2)
    expect(articleTitles(archive)).toHaveLength(2)
    archive.close()
  })
})
