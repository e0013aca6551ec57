// Crash-safe import harness: SIGKILLs a CLI bulk import at seeded random moments and checks after each
// kill that the archive opens, passes integrity_check, holds only whole articles (row, blocks, search
// entry) each logged once, and that re-running the same import finishes with no duplicates.
// Run: node --import tsx scripts/crash-test.ts [--kills 20] [--files 300] [--seed 7]
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../src/core/archive'
import type { Block } from '../src/core/text/model'
import { generateArticle, toTextClip } from '../bench/generate-articles'
import { intBetween, mulberry32, type Rng } from '../bench/prng'

const ROOT = resolve(__dirname, '..')

export interface CrashTestOptions {
  kills?: number
  files?: number
  seed?: number
  log?: (line: string) => void
}

export interface CrashTestReport {
  kills: number
  /** Articles in the archive after each kill. */
  articlesAfterKill: number[]
  /** Problems found; empty when every check held. */
  problems: string[]
  finalArticles: number
}

function writeCorpus(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true })
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(folder, `bai-${String(i).padStart(4, '0')}.txt`),
      toTextClip(generateArticle(i, 3000, 'crash'))
    )
  }
}

function runCli(archive: string, folder: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/index.ts', '--archive', archive, 'import', folder],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal, stderr }))
  )
  return { child, exited }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Rows in the import log, read without disturbing the writer (WAL readers never block it). */
function logRows(archive: string): number {
  if (!existsSync(archive)) return -1
  try {
    const db = new Database(archive, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n
    } finally {
      db.close()
    }
  } catch {
    return -1 // not created or not migrated yet
  }
}

function checkedCount(archive: string): number {
  if (!existsSync(archive)) return 0
  try {
    const db = new Database(archive, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    } finally {
      db.close()
    }
  } catch {
    return 0
  }
}

/**
 * Kills the import at a random moment: during start-up (every fifth kill), otherwise while it writes
 * new articles, 0–30 files past those already stored, plus a few milliseconds of jitter.
 */
async function killAtRandomMoment(archive: string, folder: string, files: number, rng: Rng, k: number) {
  const base = Math.max(0, logRows(archive))
  const stored = checkedCount(archive)
  const { child, exited } = runCli(archive, folder)
  let finished = false
  void exited.then(() => (finished = true))
  if (k % 5 === 0) {
    await sleep(intBetween(rng, 200, 2500)) // start-up, opening or migrating the archive
  } else {
    const target = base + Math.min(files - 1, stored + intBetween(rng, 0, 30))
    const deadline = Date.now() + 60_000
    while (!finished && logRows(archive) < target && Date.now() < deadline) await sleep(5)
    await sleep(intBetween(rng, 0, 12))
  }
  child.kill('SIGKILL')
  return exited
}

/** Every check the issue names; returns problems (empty = all held) and the article count. */
export function checkArchive(path: string, files: number): { problems: string[]; articles: number } {
  const problems: string[] = []
  if (!existsSync(path)) return { problems, articles: 0 }
  let archive
  try {
    archive = openArchive(path)
  } catch (e) {
    return { problems: [`archive does not open: ${(e as Error).message}`], articles: 0 }
  }
  const db = archive.db
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const rows = db.prepare('SELECT id, title, body, blocks, original_name FROM articles').all() as {
      id: number
      title: string
      body: string
      blocks: string
      original_name: string
    }[]
    const fts = db.prepare('SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?')
    const logged = db.prepare(
      "SELECT count(*) AS n FROM imports WHERE outcome = 'imported' AND article_id = ?"
    )
    for (const r of rows) {
      const blocks = JSON.parse(r.blocks) as Block[]
      if (
        !r.body ||
        blocks.length === 0 ||
        blocks.some((b) => b.start < 0 || b.end > r.body.length || b.start >= b.end)
      )
        problems.push(`article ${r.id} is not whole (body ${r.body.length} chars, ${blocks.length} blocks)`)
      const index = Number(/\((\d+)\)$/.exec(r.title)?.[1])
      const hits = (fts.all(`title : "${index}"`) as { id: number }[]).map((h) => h.id)
      if (hits.length !== 1 || hits[0] !== r.id)
        problems.push(`article ${r.id} search entry: ${JSON.stringify(hits)}`)
      const n = (logged.get(r.id) as { n: number }).n
      if (n !== 1) problems.push(`article ${r.id} is logged as imported ${n} times`)
    }
    const indexed = (db.prepare('SELECT count(*) AS n FROM articles_fts_docsize').get() as { n: number }).n
    if (indexed !== rows.length) problems.push(`${indexed} search entries for ${rows.length} articles`)
    const dangling = db
      .prepare(
        "SELECT count(*) AS n FROM imports WHERE outcome IN ('imported', 'duplicate') AND article_id IS NULL"
      )
      .get() as { n: number }
    if (dangling.n) problems.push(`${dangling.n} log rows point at no article`)
    const failed = db
      .prepare("SELECT file, message FROM imports WHERE outcome IN ('failed', 'refused')")
      .all()
    if (failed.length) problems.push(`log has failures: ${JSON.stringify(failed.slice(0, 3))}`)
    const names = new Set(rows.map((r) => r.original_name))
    if (names.size !== rows.length) problems.push(`${rows.length - names.size} duplicate articles`)
    if (rows.length > files) problems.push(`${rows.length} articles from ${files} files`)
    return { problems, articles: rows.length }
  } finally {
    archive.close()
  }
}

export async function runCrashTest(options: CrashTestOptions = {}): Promise<CrashTestReport> {
  const kills = options.kills ?? 20
  const files = options.files ?? 300
  const log = options.log ?? (() => {})
  const rng = mulberry32(options.seed ?? 7)
  const dir = mkdtempSync(join(tmpdir(), 'folio-crash-'))
  const folder = join(dir, 'in')
  const archive = join(dir, 'archive.sqlite')
  const report: CrashTestReport = { kills, articlesAfterKill: [], problems: [], finalArticles: 0 }
  try {
    writeCorpus(folder, files)
    for (let k = 0; k < kills; k++) {
      const { signal, code, stderr } = await killAtRandomMoment(archive, folder, files, rng, k)
      const check = checkArchive(archive, files)
      report.articlesAfterKill.push(check.articles)
      report.problems.push(...check.problems.map((p) => `after kill ${k + 1}: ${p}`))
      log(
        `kill ${k + 1}/${kills}: ${signal ?? `exit ${code}`}, ${check.articles} articles, ${check.problems.length} problems`
      )
      if (signal !== 'SIGKILL' && code !== 0) report.problems.push(`run ${k + 1} failed: ${stderr.trim()}`)
    }
    const last = await runCli(archive, folder).exited
    if (last.code !== 0) report.problems.push(`the final import exited ${last.code}: ${last.stderr.trim()}`)
    const check = checkArchive(archive, files)
    report.problems.push(...check.problems.map((p) => `after the final import: ${p}`))
    report.finalArticles = check.articles
    if (check.articles !== files)
      report.problems.push(`the final import left ${check.articles} of ${files} articles`)
    log(`final import: ${check.articles}/${files} articles`)
    return report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? Number(process.argv[i + 1]) : fallback
  }
  const started = Date.now()
  runCrashTest({
    kills: arg('kills', 20),
    files: arg('files', 300),
    seed: arg('seed', 7),
    log: (l) => console.log(l)
  }).then(
    (r) => {
      for (const p of r.problems) console.log(`PROBLEM ${p}`)
      console.log(
        `${r.problems.length ? 'FAIL' : 'PASS'}: ${r.kills} kills in ${((Date.now() - started) / 1000).toFixed(0)} s`
      )
      process.exit(r.problems.length ? 1 : 0)
    },
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
