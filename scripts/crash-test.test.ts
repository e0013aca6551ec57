// CI runs the crash harness: 20 SIGKILLs of a real CLI import, every check after each (see crash-test.ts).
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive } from '../src/core/archive'
import { insertArticle } from '../src/core/articles/article-store'
import { inTransaction } from '../src/core/db/connection'
import { generateArticle, toDraft } from '../bench/generate-articles'
import { checkArchive, runCrashTest } from './crash-test'

describe('crash-safe import', () => {
  it('survives 20 SIGKILLs at random moments with the archive whole and no duplicates', async () => {
    const lines: string[] = []
    const report = await runCrashTest({ kills: 20, files: 300, seed: 7, log: (l) => lines.push(l) })
    expect(report.problems, lines.join('\n')).toEqual([])
    expect(report.finalArticles).toBe(300)
    // the kills landed while articles were being written, not only before or after
    expect(new Set(report.articlesAfterKill).size).toBeGreaterThan(5)
  }, 240_000)

  it('its checks catch an article without a search entry or without a log row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-crash-check-'))
    try {
      const path = join(dir, 'a.sqlite')
      const a = openArchive(path)
      inTransaction(a.db, () => {
        for (let i = 0; i < 3; i++) {
          const r = insertArticle(a, toDraft(generateArticle(i, 3000, 'crash')), {
            originalName: `f${i}.txt`
          })
          if (i > 0)
            a.db
              .prepare(
                "INSERT INTO imports (batch_id, file, outcome, article_id) VALUES ('b', ?, 'imported', ?)"
              )
              .run(`f${i}`, r.id)
        }
        a.db.prepare('DELETE FROM articles_fts WHERE rowid = 3').run()
      })
      a.close()
      const { problems } = checkArchive(path, 3)
      expect(problems.some((p) => /article 1 is logged as imported 0 times/.test(p))).toBe(true)
      expect(problems.some((p) => /article 3 search entry/.test(p))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
