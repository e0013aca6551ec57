// Two programs on one archive: reads never wait for a writer; a second writer waits for the first and
// succeeds, or says plainly that the archive is busy once its timeout has passed.
import { afterEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openArchive } from '../archive'
import { generateArticle, toTextClip } from '../../../bench/generate-articles'
import { addArticles, removeTempDirs, sampleDraft, tempDir } from './test-fixtures'
import { insertArticle } from '../articles/article-store'
import type { ImportOutcome } from '../import/import-types'

afterEach(removeTempDirs)

const ROOT = resolve(__dirname, '../../..')

function spawnNode(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  let onReady: (() => void) | null = null
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString()
    if (out.startsWith('ready\n')) onReady?.()
  })
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const ready = new Promise<void>((r) => (onReady = r))
  const exited = new Promise<{ code: number | null; out: string; err: string }>((r) =>
    child.on('exit', (code) => r({ code, out, err }))
  )
  return { child, ready, exited }
}

function writeClip(dir: string, n: number): string {
  const file = join(dir, `bai-${n}.txt`)
  writeFileSync(file, toTextClip(generateArticle(n, 3000, 'concurrency')))
  return file
}

const count = (a: ReturnType<typeof openArchive>): number =>
  (a.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n

describe('concurrent use of one archive', () => {
  it('reads and searches answer at once while another connection holds an open write transaction', () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    const writer = openArchive(path)
    addArticles(writer, 1, 5)
    const reader = openArchive(path, { busyTimeoutMs: 0 }) // a blocked read would fail, not wait
    writer.db.exec('BEGIN IMMEDIATE')
    for (let n = 100; n < 150; n++) insertArticle(writer, sampleDraft(n))
    expect(count(reader)).toBe(5) // the committed state, not the half-done write
    const hits = reader.db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'can tho'").all()
    expect(hits).toHaveLength(5)
    writer.db.exec('COMMIT')
    expect(count(reader)).toBe(55)
    reader.close()
    writer.close()
  })

  it('a second writer waits for the first to commit, then succeeds', async () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    const app = openArchive(path)
    const file = writeClip(dir, 1)
    app.db.exec('BEGIN IMMEDIATE')
    insertArticle(app, sampleDraft(1))
    const cli = spawnNode(['src/core/safety/concurrent-writer.ts', path, '10000', file])
    let exitedEarly = false
    void cli.exited.then(() => (exitedEarly = true))
    await cli.ready
    await new Promise((r) => setTimeout(r, 300))
    expect(exitedEarly).toBe(false) // still waiting for the lock
    app.db.exec('COMMIT')
    const { code, out } = await cli.exited
    expect(code).toBe(0)
    const outcomes = JSON.parse(out.split('\n')[1]) as ImportOutcome[]
    expect(outcomes.map((o) => o.outcome)).toEqual(['imported'])
    expect(count(app)).toBe(2)
    app.close()
  })

  it('a second writer that times out reports "busy" in one line and changes nothing', async () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    const app = openArchive(path)
    addArticles(app, 1, 2)
    const file = writeClip(dir, 2)
    app.db.exec('BEGIN IMMEDIATE')
    const cli = spawnNode(['src/core/safety/concurrent-writer.ts', path, '200', file])
    const { code, out } = await cli.exited // holds the lock the whole time
    app.db.exec('ROLLBACK')
    expect(code).toBe(0)
    const outcomes = JSON.parse(out.split('\n')[1]) as ImportOutcome[]
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0].outcome).toBe('failed')
    expect(outcomes[0].message).toBe('The archive is busy in another program; try again in a moment.')
    expect(count(app)).toBe(2)
    app.close()
  })

  it('the archive stays readable, without waiting, while a CLI import writes to it', async () => {
    const dir = tempDir()
    const path = join(dir, 'archive.sqlite')
    const app = openArchive(path, { busyTimeoutMs: 0 })
    const files = Array.from({ length: 80 }, (_, n) => writeClip(dir, n))
    const cli = spawnNode(['src/cli/index.ts', '--archive', path, 'import', ...files])
    let done = false
    void cli.exited.then(() => (done = true))
    const seen: number[] = []
    while (!done) {
      seen.push(count(app)) // throws SQLITE_BUSY if a read ever had to wait
      app.db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'cua' LIMIT 20").all()
      await new Promise((r) => setTimeout(r, 5))
    }
    expect((await cli.exited).code).toBe(0)
    expect(count(app)).toBe(80)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(new Set(seen).size).toBeGreaterThan(2) // we really read while it was writing
    app.close()
  })
})
