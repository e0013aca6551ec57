// Migrations: a fresh archive, an upgrade from an older schema (with its copy made first), and refusal
// of an archive from a newer Folio that leaves the file untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../archive'
import { LATEST_VERSION, MIGRATIONS } from './migrations'
import { FOLIO_APPLICATION_ID } from './migrate'
import { registerFunctions } from './connection'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-migrate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('migrations', () => {
  it('are numbered consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })

  it('create a fresh archive with WAL, foreign keys, the schema and the default codebook', () => {
    const archive = openArchive(join(dir, 'new.sqlite'))
    const db = archive.db
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('application_id', { simple: true })).toBe(FOLIO_APPLICATION_ID)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as { name: string }[]
    ).map((r) => r.name)
    for (const t of [
      'articles',
      'article_search_keys',
      'themes',
      'passages',
      'passage_themes',
      'memos',
      'collections',
      'collection_articles',
      'imports',
      'meta',
      'articles_fts'
    ]) {
      expect(tables).toContain(t)
    }
    const themes = db
      .prepare('SELECT name, name_vi, color, description FROM themes ORDER BY position')
      .all() as {
      name: string
      name_vi: string
      color: string
      description: string
    }[]
    expect(themes.map((t) => [t.name, t.name_vi])).toEqual([
      ['Regional links', 'Liên kết vùng'],
      ['Foreign affairs', 'Đối ngoại'],
      ['Outlook', 'Phương hướng']
    ])
    expect(new Set(themes.map((t) => t.color)).size).toBe(3)
    for (const t of themes) expect(t.description.length).toBeGreaterThan(10)
    archive.close()
  })

  it('keep the FTS index in step with articles through their triggers', () => {
    const archive = openArchive(join(dir, 'fts.sqlite'))
    const db = archive.db
    db.prepare(
      "INSERT INTO articles (title, body, content_hash) VALUES ('Đảng bộ', 'Hợp tác ĐBSCL', 'h1')"
    ).run()
    const match = (q: string): number =>
      (
        db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(q) as {
          n: number
        }
      ).n
    expect(match('dang')).toBe(1)
    expect(match('dbscl')).toBe(1)
    db.prepare("UPDATE articles SET body = 'Đối ngoại' WHERE content_hash = 'h1'").run()
    expect(match('dbscl')).toBe(0)
    expect(match('doi')).toBe(1)
    db.prepare('DELETE FROM articles').run()
    expect(match('doi')).toBe(0)
    archive.close()
  })

  it('upgrade an older archive after copying it aside, keeping its data', () => {
    const path = join(dir, 'old.sqlite')
    // Build a version-1 archive by hand, as an older Folio would have left it.
    const db = new Database(path)
    registerFunctions(db)
    db.transaction(() => {
      MIGRATIONS[0].up(db)
      db.pragma('user_version = 1')
      db.pragma(`application_id = ${FOLIO_APPLICATION_ID}`)
    })()
    db.prepare("INSERT INTO articles (title, body, content_hash) VALUES ('Old', 'Kept text', 'h')").run()
    db.close()

    const archive = openArchive(path)
    expect(archive.migration.from).toBe(1)
    expect(archive.migration.to).toBe(LATEST_VERSION)
    expect(archive.migration.backupPath).not.toBeNull()
    expect(existsSync(archive.migration.backupPath as string)).toBe(true)
    expect((archive.db.prepare('SELECT body FROM articles').get() as { body: string }).body).toBe('Kept text')
    expect((archive.db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number }).n).toBe(3)
    // v5 wrote the search key of the article already there
    expect(archive.db.prepare('SELECT body_key FROM article_search_keys').get()).toEqual({
      body_key: 'kept text'
    })
    archive.close()
    const copy = new Database(archive.migration.backupPath as string, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(1)
    copy.close()
  })

  it('refuse an archive from a newer Folio with a clear message and leave it byte-for-byte untouched', () => {
    const path = join(dir, 'future.sqlite')
    const archive = openArchive(path)
    archive.db.pragma(`user_version = ${LATEST_VERSION + 5}`)
    archive.close()
    const before = readFileSync(path)
    const filesBefore = readdirSync(dir).sort()
    expect(() => openArchive(path)).toThrow(/newer version of Folio/)
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(filesBefore)
  })

  it('refuse a file that is not an archive without changing it', () => {
    const path = join(dir, 'notes.sqlite')
    writeFileSync(path, 'just some text, not a database at all '.repeat(10))
    const before = readFileSync(path)
    expect(() => openArchive(path)).toThrow(/not a Folio archive/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })
})
