// Plain-text import of 10,000 generated ~8 KB articles, beside a bare insert + FTS of the same rows.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openArchive } from '../../src/core/archive'
import { registerFunctions } from '../../src/core/db/connection'
import { importPaths } from '../../src/core/import/import-batch'
import { generateArticle, toDraft } from '../generate-articles'
import { TEXT_ARTICLES, textCorpus } from '../corpus-files'
import { metric, problems, type BenchTask } from '../bench-types'
import { collectGarbage, nowMs, round } from '../measure'

function freshArchive(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'folio-bench-import-'))
  return { path: join(dir, 'archive.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export const importText: BenchTask = {
  name: 'import-text',
  parts: {
    async bare() {
      const drafts = Array.from({ length: TEXT_ARTICLES }, (_, i) =>
        toDraft(generateArticle(i, 8192, 'import'))
      )
      const { path, cleanup } = freshArchive()
      openArchive(path).close()
      const db = new Database(path)
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
      registerFunctions(db)
      // Bare means rows + FTS index only: the archive's other upkeep (search keys) is Folio's cost.
      db.exec('DROP TRIGGER IF EXISTS article_search_key_insert')
      const insert = db.prepare(
        'INSERT INTO articles (title, body, blocks, content_hash) VALUES (?, ?, ?, ?)'
      )
      collectGarbage()
      const start = nowMs()
      db.transaction(() => {
        drafts.forEach((d, i) => insert.run(d.title, d.body, JSON.stringify(d.blocks), `h${i}`))
      })()
      const ms = nowMs() - start
      db.close()
      cleanup()
      return { rate: TEXT_ARTICLES / (ms / 1000), ms }
    },
    async folio() {
      const folder = textCorpus()
      const { path, cleanup } = freshArchive()
      const archive = openArchive(path)
      collectGarbage()
      const start = nowMs()
      const result = await importPaths(archive, [folder])
      const ms = nowMs() - start
      archive.close()
      cleanup()
      return { rate: TEXT_ARTICLES / (ms / 1000), ms, imported: result.counts.imported }
    }
  },
  figures(r) {
    const value = metric(r, 'folio', 'rate')
    const bare = metric(r, 'bare', 'rate')
    const share = value !== null && bare ? value / bare : null
    const peak = r.folio?.peakMb ?? null
    const imported = metric(r, 'folio', 'imported')
    return [
      {
        label: 'Plain-text import, 10,000 × 8 KB',
        value: value === null ? null : round(value, 0),
        unit: 'articles/s',
        baseline: bare === null ? null : round(bare, 0),
        baselineLabel: 'bare insert + FTS, one transaction',
        comparison: share === null ? '—' : `${Math.round(share * 100)}% of bare`,
        targets: [
          { text: '≥ 60% of bare', pass: share !== null && share >= 0.6 },
          { text: 'peak < 400 MB', pass: peak !== null && peak < 400 && !r.folio?.error }
        ],
        peakMb: peak,
        note:
          problems(r, 'bare', 'folio') ??
          (imported !== null && imported !== TEXT_ARTICLES ? `only ${imported} imported` : undefined)
      }
    ]
  }
}
