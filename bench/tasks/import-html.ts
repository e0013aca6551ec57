// HTML import of ≥ 500 saved pages, beside the bare Readability + linkedom parse of the same pages.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { openArchive } from '../../src/core/archive'
import { importPaths } from '../../src/core/import/import-batch'
import { htmlCorpus } from '../corpus-files'
import { metric, problems, type BenchTask } from '../bench-types'
import { collectGarbage, nowMs, round } from '../measure'

function charsetOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1')
  const m = /charset=["']?([\w-]+)/i.exec(head)
  try {
    return new TextDecoder(m?.[1] ?? 'utf-8').encoding
  } catch {
    return 'utf-8'
  }
}

export const importHtml: BenchTask = {
  name: 'import-html',
  parts: {
    async bare() {
      const { dir } = htmlCorpus()
      const files = readdirSync(dir)
        .sort()
        .map((f) => join(dir, f))
      collectGarbage()
      const start = nowMs()
      let parsed = 0
      for (const f of files) {
        const bytes = readFileSync(f)
        const { document } = parseHTML(new TextDecoder(charsetOf(bytes)).decode(bytes))
        if (new Readability(document as unknown as Document).parse()) parsed++
      }
      const ms = nowMs() - start
      return { rate: files.length / (ms / 1000), ms, pages: files.length, parsed }
    },
    async folio() {
      const { dir, source } = htmlCorpus()
      const tmp = mkdtempSync(join(tmpdir(), 'folio-bench-html-'))
      const archive = openArchive(join(tmp, 'archive.sqlite'))
      collectGarbage()
      const start = nowMs()
      const result = await importPaths(archive, [dir])
      const ms = nowMs() - start
      archive.close()
      rmSync(tmp, { recursive: true, force: true })
      const pages = result.outcomes.length
      return {
        rate: pages / (ms / 1000),
        ms,
        pages,
        imported: result.counts.imported,
        duplicate: result.counts.duplicate,
        refused: result.counts.refused,
        failed: result.counts.failed,
        source
      }
    }
  },
  figures(r) {
    const value = metric(r, 'folio', 'rate')
    const bare = metric(r, 'bare', 'rate')
    const cost = value && bare ? bare / value : null
    const m = r.folio?.metrics ?? {}
    const note =
      problems(r, 'bare', 'folio') ??
      `${m.pages} pages from ${m.source}: ${m.imported} imported, ${m.duplicate} duplicates, ${m.refused} refused, ${m.failed} failed`
    return [
      {
        label: 'HTML import, ≥ 500 pages',
        value: value === null ? null : round(value, 1),
        unit: 'pages/s',
        baseline: bare === null ? null : round(bare, 1),
        baselineLabel: 'bare Readability + linkedom parse',
        comparison: cost === null ? '—' : `${cost.toFixed(2)}× bare time`,
        targets: [
          {
            text: '≤ 1.5× bare time',
            pass: cost !== null && cost <= 1.5 && m.refused === 0 && m.failed === 0
          }
        ],
        peakMb: r.folio?.peakMb ?? null,
        note
      }
    ]
  }
}
