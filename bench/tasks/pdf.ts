// PDF exports beside bare pdfkit: an annotated article with 30 passages, and a theme brief over 200
// articles with 1,000 passages (from the 10,000-article archive).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../../src/core/archive'
import { insertArticle } from '../../src/core/articles/article-store'
import { inTransaction } from '../../src/core/db/connection'
import { ensureBenchArchive } from '../bench-archive'
import { SMALL } from '../bench-sizes'
import { barePdf, type BareSection } from '../bare-pdf'
import { metric, problems, type BenchTask, type Figure, type Metrics, type PartResult } from '../bench-types'
import { generateArticle, toDraft } from '../generate-articles'
import { generatePassages } from '../generate-passages'
import { median, nowMs, round } from '../measure'
import { loadBriefExporter } from '../brief-exporter'

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn() // warm-up: fonts read, code compiled
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = nowMs()
    await fn()
    out.push(nowMs() - t)
  }
  return out
}

function articleWithPassages(archive: Archive, count: number): number {
  const draft = toDraft(generateArticle(7, 8192, 'pdf'))
  const themes = (archive.db.prepare('SELECT id FROM themes ORDER BY id').all() as { id: number }[]).map(
    (t) => t.id
  )
  return inTransaction(archive.db, () => {
    const r = insertArticle(archive, draft)
    const ins = archive.db.prepare(
      'INSERT INTO passages (article_id, start, end, exact, prefix, suffix, note) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    const tag = archive.db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)')
    for (const p of generatePassages(draft.body, 7, count, themes.length)) {
      const pid = ins.run(r.id, p.start, p.end, p.exact, p.prefix, p.suffix, p.note).lastInsertRowid
      for (const t of p.themes) tag.run(pid, themes[t])
    }
    return r.id
  })
}

function sectionsOf(body: string, blocks: { kind: string; start: number; end: number }[]): BareSection[] {
  const sections: BareSection[] = [{ paragraphs: [] }]
  for (const b of blocks) {
    const text = body.slice(b.start, b.end)
    if (b.kind === 'heading') sections.push({ heading: text, paragraphs: [] })
    else sections[sections.length - 1].paragraphs.push(text)
  }
  return sections
}

export const pdfTask: BenchTask = {
  name: 'pdf',
  parts: {
    async article(): Promise<Metrics> {
      const { exportArticlePdf } = (await import('../../src/core/export/pdf/article-pdf')) as {
        exportArticlePdf: (a: Archive, id: number) => Promise<Buffer>
      }
      const dir = mkdtempSync(join(tmpdir(), 'folio-bench-pdf-'))
      const archive = openArchive(join(dir, 'a.sqlite'))
      const id = articleWithPassages(archive, 30)
      const a = archive.db.prepare('SELECT title, body, blocks FROM articles WHERE id = ?').get(id) as {
        title: string
        body: string
        blocks: string
      }
      const sections = sectionsOf(a.body, JSON.parse(a.blocks))
      const folio: number[] = []
      const bare: number[] = []
      let bytes = 0
      for (let i = 0; i < 2; i++) {
        bare.push(...(await timeRuns(5, () => barePdf(a.title, sections))))
        folio.push(...(await timeRuns(5, async () => (bytes = (await exportArticlePdf(archive, id)).length))))
      }
      archive.close()
      rmSync(dir, { recursive: true, force: true })
      return { folio: median(folio), bare: median(bare), bytes }
    },
    async brief(): Promise<Metrics> {
      const exporter = await loadBriefExporter()
      const archive = openArchive(ensureBenchArchive(SMALL))
      const ids = Array.from({ length: 200 }, (_, i) => i + 1)
      const rows = archive.db
        .prepare(
          `SELECT p.exact, p.note, a.title, a.source, a.published_at, t.name FROM passages p JOIN articles a ON a.id = p.article_id
           JOIN passage_themes pt ON pt.passage_id = p.id JOIN themes t ON t.id = pt.theme_id
           WHERE p.article_id <= 200 ORDER BY t.position, a.published_at`
        )
        .all() as {
        exact: string
        note: string
        title: string
        source: string
        published_at: string
        name: string
      }[]
      const byTheme = new Map<string, string[]>()
      for (const r of rows) {
        const list = byTheme.get(r.name) ?? []
        list.push(`“${r.exact}”`, `${r.title} — ${r.source}, ${r.published_at}${r.note ? `. ${r.note}` : ''}`)
        byTheme.set(r.name, list)
      }
      const sections = [...byTheme].map(([heading, paragraphs]) => ({ heading, paragraphs }))
      const passages = (
        archive.db.prepare('SELECT count(*) AS n FROM passages WHERE article_id <= 200').get() as {
          n: number
        }
      ).n
      const bare = await timeRuns(2, () => barePdf('Brief', sections))
      let bytes = 0
      const folio = await timeRuns(2, async () => (bytes = (await exporter(archive, ids)).length))
      archive.close()
      return { folio: median(folio), bare: median(bare), passages, bytes }
    }
  },
  figures(r) {
    return [articleFigure(r), briefFigure(r)]
  }
}

function articleFigure(r: Record<string, PartResult>): Figure {
  const v = metric(r, 'article', 'folio')
  const b = metric(r, 'article', 'bare')
  return {
    label: 'Annotated article PDF, 30 passages',
    value: v === null ? null : round(v, 0),
    unit: 'ms (median)',
    baseline: b === null ? null : round(b, 0),
    baselineLabel: 'bare pdfkit, same text',
    comparison: v !== null && b ? `${(v / b).toFixed(2)}× bare` : '—',
    targets: [{ text: '< 250 ms', pass: v !== null && v < 250 }],
    peakMb: r.article?.peakMb ?? null,
    note: problems(r, 'article')
  }
}

function briefFigure(r: Record<string, PartResult>): Figure {
  const v = metric(r, 'brief', 'folio')
  const b = metric(r, 'brief', 'bare')
  const ratio = v !== null && b ? v / b : null
  return {
    label: 'Theme brief PDF, 200 articles / 1,000 passages',
    value: v === null ? null : round(v, 0),
    unit: 'ms',
    baseline: b === null ? null : round(b, 0),
    baselineLabel: 'bare pdfkit, same quotes + citations',
    comparison: ratio === null ? '—' : `${ratio.toFixed(2)}× bare`,
    targets: [
      { text: '< 5 s', pass: v !== null && v < 5000 },
      { text: '≤ 2× bare', pass: ratio !== null && ratio <= 2 }
    ],
    peakMb: r.brief?.peakMb ?? null,
    note: problems(r, 'brief') ?? `${metric(r, 'brief', 'passages')} passages`
  }
}
