// Builds (once) and caches the benchmark archives: N generated articles with passages and themes,
// bulk-inserted in big transactions. Keyed by generator version; a cache from an older schema is migrated.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../src/core/archive'
import { registerFunctions } from '../src/core/db/connection'
import { MIGRATIONS } from '../src/core/db/migrations'
import { createHash } from 'node:crypto'
import { GENERATOR_VERSION, generateArticle, toDraft } from './generate-articles'
import { generatePassages } from './generate-passages'

export const CACHE_DIR = process.env.FOLIO_BENCH_CACHE ?? join(tmpdir(), 'folio-bench-cache')
export const EXTRA_THEMES = 17

export interface BenchArchiveSpec {
  articles: number
  passagesPerArticle: number
}

export function benchArchivePath(spec: BenchArchiveSpec): string {
  return join(CACHE_DIR, `g${GENERATOR_VERSION}-a${spec.articles}-p${spec.passagesPerArticle}.sqlite`)
}

/** Generated articles are distinct by construction; hashing 800 MB of text would only slow the build. */
function uniqueHash(i: number): string {
  return createHash('sha256').update(`bench-${GENERATOR_VERSION}-${i}`).digest('hex')
}

const THEME_COLORS = [
  '#E4572E',
  '#17BEBB',
  '#FFC914',
  '#76B041',
  '#2E86AB',
  '#A23B72',
  '#F18F01',
  '#C73E1D',
  '#3B1F2B',
  '#6A994E'
]

const APPLIED_KEY = 'bench.migrations'

/**
 * A cache built before migrations were added or renumbered: migrations are matched by name (recorded
 * in meta at build time; an old cache is assumed to hold the first two), user_version is set to the
 * longest run of the current list it already has, and openArchive applies the rest. Returns false
 * when that fails, so the caller rebuilds.
 */
function adoptCached(path: string): boolean {
  const db = new Database(path)
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(APPLIED_KEY) as
      { value: string } | undefined
    const applied = new Set<string>(
      row ? (JSON.parse(row.value) as string[]) : ['initial', 'default-codebook']
    )
    let version = 0
    for (const m of MIGRATIONS) {
      if (!applied.has(m.name)) break
      version = m.version
    }
    db.pragma(`user_version = ${version}`)
  } finally {
    db.close()
  }
  try {
    const archive = openArchive(path)
    const copy = archive.migration.backupPath
    recordApplied(archive.db)
    archive.close()
    if (copy) rmSync(copy, { force: true })
    return true
  } catch {
    return false
  }
}

function recordApplied(db: Database.Database): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
    APPLIED_KEY,
    JSON.stringify(MIGRATIONS.map((m) => m.name))
  )
}

/** Returns the cached archive for spec, building it first if needed; `log` hears about a build. */
export function ensureBenchArchive(spec: BenchArchiveSpec, log: (s: string) => void = () => {}): string {
  const path = benchArchivePath(spec)
  if (existsSync(path)) {
    if (adoptCached(path)) return path
    log(`  ${path} cannot be brought up to the current schema: rebuilding it`)
    rmSync(path, { force: true })
  }
  mkdirSync(CACHE_DIR, { recursive: true })
  const building = `${path}.building`
  for (const s of ['', '-wal', '-shm', '-journal']) rmSync(building + s, { force: true })
  openArchive(building).close() // the real schema, migrations and default codebook
  const db = new Database(building)
  registerFunctions(db)
  db.pragma('journal_mode = OFF') // a scratch file until the rename: speed over durability
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  const insertTheme = db.prepare('INSERT INTO themes (name, name_vi, color, position) VALUES (?, ?, ?, ?)')
  for (let t = 0; t < EXTRA_THEMES; t++)
    insertTheme.run(`Theme ${t + 4}`, `Chủ đề ${t + 4}`, THEME_COLORS[t % THEME_COLORS.length], t + 4)
  const themeIds = (db.prepare('SELECT id FROM themes ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id
  )
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, title, body, blocks, category, source, published_at, language, original_format, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'vi', 'text', ?)`
  )
  const insertPassage = db.prepare(
    'INSERT INTO passages (article_id, start, end, exact, prefix, suffix, note) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const insertPassageTheme = db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)')
  const started = Date.now()
  const chunk = 5000
  for (let from = 0; from < spec.articles; from += chunk) {
    db.transaction(() => {
      for (let i = from; i < Math.min(spec.articles, from + chunk); i++) {
        const d = toDraft(generateArticle(i))
        const id = i + 1
        insertArticle.run(
          id,
          d.title,
          d.body,
          JSON.stringify(d.blocks),
          d.category,
          d.source,
          d.publishedAt,
          uniqueHash(i)
        )
        for (const p of generatePassages(d.body, i, spec.passagesPerArticle, themeIds.length)) {
          const pid = insertPassage.run(
            id,
            p.start,
            p.end,
            p.exact,
            p.prefix,
            p.suffix,
            p.note
          ).lastInsertRowid
          for (const t of p.themes) insertPassageTheme.run(pid, themeIds[t])
        }
      }
    })()
    log(
      `  built ${Math.min(spec.articles, from + chunk)}/${spec.articles} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`
    )
  }
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')") // a settled index, as after months of use
  db.exec('ANALYZE')
  recordApplied(db)
  db.pragma('journal_mode = WAL')
  db.close()
  renameSync(building, path)
  return path
}
