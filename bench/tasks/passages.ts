// Passages of one theme at 100,000 articles and 500,000 passages: the first page (50) and the whole
// list, through the passages module, beside bare SQL over the same tables.
import { openArchive } from '../../src/core/archive'
import { ensureBenchArchive } from '../bench-archive'
import { LARGE } from '../bench-sizes'
import { metric, problems, type BenchTask, type Metrics } from '../bench-types'
import { median, nowMs, round } from '../measure'

type ListPassages = (
  archive: ReturnType<typeof openArchive>,
  filter: { themeId?: number; limit?: number }
) => unknown[]

export const passagesTask: BenchTask = {
  name: 'passages',
  parts: {
    async large(): Promise<Metrics> {
      const mod = (await import('../../src/core/passages/passage-store')) as { listPassages?: ListPassages }
      if (!mod.listPassages) throw new Error('src/core/passages has no listPassages() yet')
      const list = mod.listPassages
      const archive = openArchive(ensureBenchArchive(LARGE))
      const themes = (archive.db.prepare('SELECT id FROM themes ORDER BY id').all() as { id: number }[]).map(
        (t) => t.id
      )
      const barePage = archive.db.prepare(
        `SELECT p.* FROM passages p WHERE EXISTS (SELECT 1 FROM passage_themes pt WHERE pt.passage_id = p.id AND pt.theme_id = ?)
         ORDER BY p.article_id, p.start LIMIT ?`
      )
      const bareAll = archive.db.prepare(
        'SELECT p.* FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id WHERE pt.theme_id = ?'
      )
      const time = (fn: () => unknown): number => {
        const t = nowMs()
        fn()
        return nowMs() - t
      }
      const page: number[] = []
      const pageBare: number[] = []
      const all: number[] = []
      const allBare: number[] = []
      let rows = 0
      for (const round of [0, 1]) {
        for (const id of themes) {
          const a = time(() => barePage.all(id, 50))
          const b = time(() => list(archive, { themeId: id, limit: 50 }))
          const c = time(() => bareAll.all(id))
          const d = time(() => (rows = Math.max(rows, list(archive, { themeId: id }).length)))
          if (round === 1) {
            pageBare.push(a)
            page.push(b)
            allBare.push(c)
            all.push(d)
          }
        }
      }
      const total = (archive.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n
      archive.close()
      return {
        page: median(page),
        pageBare: median(pageBare),
        all: median(all),
        allBare: median(allBare),
        rows,
        total,
        themes: themes.length
      }
    }
  },
  figures(r) {
    const note = problems(r, 'large')
    const m = r.large?.metrics ?? {}
    const fig = (label: string, key: string, bareKey: string) => {
      const v = metric(r, 'large', key)
      const b = metric(r, 'large', bareKey)
      return {
        label,
        value: v === null ? null : round(v, 2),
        unit: 'ms (median of themes)',
        baseline: b === null ? null : round(b, 2),
        baselineLabel: 'bare SQL',
        comparison: v !== null && b ? `${(v / b).toFixed(2)}× bare` : '—',
        targets: [],
        peakMb: r.large?.peakMb ?? null,
        note:
          note ??
          `${m.total} passages, ${m.themes} themes; largest theme ${m.rows} passages; no target in the issues`
      }
    }
    return [
      fig('Passages of a theme, first 50, 100k / 500k', 'page', 'pageBare'),
      fig('Passages of a theme, all of them, 100k / 500k', 'all', 'allBare')
    ]
  }
}
