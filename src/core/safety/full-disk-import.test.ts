// A full disk during a batch import (simulated with PRAGMA max_page_count): a clear line per file that
// did not fit, the archive intact, the earlier articles unchanged, and a re-run finishes the rest.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive } from '../archive'
import { importPaths } from '../import/import-batch'
import { addArticles, removeTempDirs, tempDir } from './test-fixtures'

afterEach(removeTempDirs)

/** Articles of ~40 KB each, so a few pages of headroom fill up within the batch. */
function writeArticles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true })
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 60 }, (_, p) =>
      `Đoạn ${p} của bài ${i}: thành phố Cần Thơ mở rộng hợp tác với các tỉnh đồng bằng, số liệu ${i * 97 + p}.`.repeat(
        6
      )
    )
    writeFileSync(
      join(folder, `bai-${String(i).padStart(3, '0')}.txt`),
      `Bài báo số ${i} về liên kết vùng\n\n${paragraphs.join('\n\n')}\n`
    )
  }
}

function snapshot(db: import('../db/connection').DB) {
  return db.prepare('SELECT id, title, body, blocks FROM articles ORDER BY id').all()
}

describe('full disk during import', () => {
  it('fails the files that do not fit with one clear line and keeps the archive whole', async () => {
    const dir = tempDir()
    const folder = join(dir, 'in')
    writeArticles(folder, 30)
    const archive = openArchive(join(dir, 'archive.sqlite'))
    addArticles(archive, 1, 3)
    const before = snapshot(archive.db)
    const pages = archive.db.pragma('page_count', { simple: true }) as number
    archive.db.pragma(`max_page_count = ${pages + 60}`)

    const run = await importPaths(archive, [folder])
    expect(run.counts.imported).toBeGreaterThan(0)
    expect(run.counts.failed).toBeGreaterThan(0)
    for (const o of run.outcomes.filter((x) => x.outcome === 'failed')) {
      expect(o.message).toBe('The disk is full: nothing was changed.')
    }
    // the archive is intact and holds exactly the earlier articles plus the imported ones, each whole
    expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(snapshot(archive.db).slice(0, 3)).toEqual(before)
    const ids = run.outcomes.filter((o) => o.outcome === 'imported').map((o) => o.articleId)
    const stored = archive.db.prepare('SELECT id FROM articles WHERE id > ?').all(before.length) as {
      id: number
    }[]
    expect(stored.map((r) => r.id)).toEqual(ids)
    // every stored article has its search entry ("Cần Thơ" is in all of them), and nothing else does
    const fts = archive.db
      .prepare("SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH 'can tho' ORDER BY rowid")
      .all() as { id: number }[]
    expect(fts.map((r) => r.id)).toEqual([...before.map((r) => (r as { id: number }).id), ...ids])

    // space comes back: the same import finishes the rest, no duplicates
    archive.db.pragma('max_page_count = 4294967294')
    const rerun = await importPaths(archive, [folder])
    expect(rerun.counts.failed).toBe(0)
    expect(rerun.counts.imported).toBe(run.counts.failed)
    expect(rerun.counts.duplicate).toBe(run.counts.imported)
    const total = archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }
    expect(total.n).toBe(33)
    archive.close()
  })
})
