// Bulk imports store many articles per transaction; these check that grouping never changes what a
// file's import comes to: the same outcomes, log lines and archive as one transaction per article, when
// an article fails, when the disk fills up mid-group, when another program holds the lock, and that
// the event loop (a UI, a Cancel) only ever runs with no transaction open.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../archive'
import { importPaths } from './import-batch'
import type { ImportOptions } from './import-types'

/** Everything in one group unless a failure splits it. */
const ONE_GROUP: ImportOptions = { articlesPerTransaction: 10_000, commitEveryMs: 60_000 }
const ALONE: ImportOptions = { articlesPerTransaction: 1 }

const clip = (n: number, size = 1): string =>
  `Tin số ${n} về liên kết vùng\n\n${`Đoạn văn của bài ${n} kể về hợp tác giữa Cần Thơ và các tỉnh. `.repeat(size)}\n\nĐoạn cuối của bài ${n}.\n`

let dir: string
let archives: Archive[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-group-'))
  archives = []
})
afterEach(() => {
  archives.forEach((a) => a.db.open && a.close())
  rmSync(dir, { recursive: true, force: true })
})

function open(name: string, busyTimeoutMs?: number): Archive {
  const a = openArchive(join(dir, name), { busyTimeoutMs })
  archives.push(a)
  return a
}

/** Writes clips 0..count-1 (plus the given extra files) into a folder and returns it. */
function folder(count: number, size = 1, extra: Record<string, string> = {}): string {
  const f = join(dir, 'in')
  mkdirSync(f, { recursive: true })
  for (let n = 0; n < count; n++)
    writeFileSync(join(f, `bai-${String(n).padStart(3, '0')}.txt`), clip(n, size))
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(f, name), text)
  return f
}

const rows = (a: Archive, sql: string): unknown[] => a.db.prepare(sql).all()
const state = (a: Archive) => ({
  articles: rows(a, 'SELECT id, title, body, blocks, original_name FROM articles ORDER BY id'),
  search: rows(a, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'can tho' ORDER BY rowid"),
  log: rows(a, 'SELECT file, outcome, message, article_id FROM imports ORDER BY id')
})
const lines = (r: Awaited<ReturnType<typeof importPaths>>) =>
  r.outcomes.map((o) => [o.file, o.outcome, o.message, o.articleId])

/** The same import into two fresh archives set up alike: all in one group, and one file per transaction. */
async function groupedAndAlone(input: string, setUp: (a: Archive) => void) {
  const results = []
  for (const [name, options] of [
    ['grouped.sqlite', ONE_GROUP],
    ['alone.sqlite', ALONE]
  ] as const) {
    const a = open(name)
    setUp(a)
    const r = await importPaths(a, [input], options)
    results.push({ lines: lines(r), state: state(a), counts: r.counts })
  }
  return results
}

describe('grouped import', () => {
  it('an article that fails inside a group fails alone; the same outcomes as one per transaction', async () => {
    const input = folder(6, 1, { 'empty.txt': '' })
    const [grouped, alone] = await groupedAndAlone(input, (a) =>
      // a failure after the article row is written: the group must not keep half of this file
      a.db.exec(`CREATE TEMP TRIGGER refuse_three AFTER INSERT ON articles WHEN new.title LIKE 'Tin số 3 %'
        BEGIN SELECT RAISE(ABORT, 'Article three cannot be stored.'); END`)
    )
    expect(grouped.lines.map((l) => l[1])).toEqual([
      'imported',
      'imported',
      'imported',
      'failed',
      'imported',
      'imported',
      'refused'
    ])
    expect(grouped.lines[3][2]).toBe('Article three cannot be stored.')
    expect(grouped).toEqual(alone)
    expect(grouped.state.articles).toHaveLength(5)
    expect(grouped.state.search).toHaveLength(5)
    expect(grouped.state.log).toHaveLength(7)
  })

  it('a disk that fills up mid-group gives every file the outcome it gets on its own', async () => {
    const input = folder(30, 60)
    const [grouped, alone] = await groupedAndAlone(input, (a) => {
      const pages = a.db.pragma('page_count', { simple: true }) as number
      a.db.pragma(`max_page_count = ${pages + 40}`)
    })
    for (const a of archives) expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(grouped.counts.imported).toBeGreaterThan(0)
    expect(grouped.counts.failed).toBeGreaterThan(0)
    expect(grouped).toEqual(alone)
  })

  it('a lock held by another program fails each file with one line and writes nothing', async () => {
    const input = folder(3, 1, { 'empty.txt': '' })
    const a = open('a.sqlite', 30)
    const other = open('a.sqlite')
    other.db.exec('BEGIN IMMEDIATE')
    const r = await importPaths(a, [input])
    other.db.exec('ROLLBACK')
    const busy = 'The archive is busy in another program; try again in a moment.'
    expect(lines(r).map((l) => [l[1], l[2]])).toEqual([
      ['failed', busy],
      ['failed', busy],
      ['failed', busy],
      ['refused', 'The file is empty.']
    ])
    expect(state(a)).toEqual({ articles: [], search: [], log: [] })
    // once the lock is free, the same import stores them all
    expect((await importPaths(a, [input])).counts).toEqual({
      imported: 3,
      duplicate: 0,
      refused: 1,
      failed: 0
    })
  })

  it('never lets the event loop run inside a transaction, and a Cancel from a timer stops it', async () => {
    const input = folder(150, 20)
    const a = open('a.sqlite')
    const controller = new AbortController()
    let ticks = 0
    let ticksInTransaction = 0
    const timer = setInterval(() => {
      ticks++
      if (a.db.inTransaction) ticksInTransaction++
      if (ticks === 3) controller.abort()
    }, 1)
    const r = await importPaths(a, [input], { commitEveryMs: 5, signal: controller.signal })
    clearInterval(timer)
    expect(ticksInTransaction).toBe(0)
    expect(r.cancelled).toBe(true)
    expect(r.outcomes.length).toBeLessThan(150)
    // what was done is kept, whole, and logged once
    const s = state(a)
    expect(s.articles).toHaveLength(r.counts.imported)
    expect(s.search).toHaveLength(r.counts.imported)
    expect(s.log).toHaveLength(r.outcomes.length)
  })
})
