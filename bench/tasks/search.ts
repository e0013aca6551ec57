// Search at 100,000 articles: 1,000 two-word mid-frequency queries (first page of 20 ranked results
// with highlighted snippets) beside the bare FTS5 MATCH … ORDER BY bm25 LIMIT 20, interleaved.
// A second pass, on other queries, sets a results page beside the bare query plus reading its 20 hits'
// rows: the part of a page's work that no design can skip, and that the bare query never does.
import { openArchive } from '../../src/core/archive'
import { ensureBenchArchive } from '../bench-archive'
import { LARGE } from '../bench-sizes'
import { metric, problems, type BenchTask, type Metrics } from '../bench-types'
import { nowMs, percentile, round } from '../measure'
import { cachedShare, shareText } from '../page-cache'
import { bareMatch, buildQueries } from '../search-queries'

type SearchFn = (
  archive: ReturnType<typeof openArchive>,
  input: { query: string; limit: number }
) => { hits: unknown[] }

async function loadSearch(): Promise<SearchFn> {
  const mod = (await import('../../src/core/search')) as { search?: SearchFn }
  if (!mod.search) throw new Error('src/core/search has no search() yet')
  return mod.search
}

function timeQueries(queries: string[], folio: (q: string) => unknown, bare: (q: string) => unknown) {
  const f: number[] = []
  const b: number[] = []
  for (const q of queries.slice(0, 20)) {
    folio(q)
    bare(q) // warm-up: statements prepared, hot pages cached
  }
  for (const q of queries) {
    let t = nowMs()
    bare(q)
    b.push(nowMs() - t)
    t = nowMs()
    folio(q)
    f.push(nowMs() - t)
  }
  return { f, b }
}

/**
 * Folio and bare-plus-rows on alternate queries, each after its bare query (so neither warms the
 * other's articles): medians of both, which differ only by what a page does beyond reading its hits.
 */
function timeAgainstRows(
  queries: string[],
  folio: (q: string) => unknown,
  bare: (q: string) => unknown,
  rows: (q: string) => unknown
) {
  const f: number[] = []
  const r: number[] = []
  queries.forEach((q, i) => {
    bare(q)
    const t = nowMs()
    if (i % 2 === 0) {
      folio(q)
      f.push(nowMs() - t)
    } else {
      rows(q)
      r.push(nowMs() - t)
    }
  })
  return { f, r }
}

export const searchTask: BenchTask = {
  name: 'search',
  parts: {
    async large(): Promise<Metrics> {
      const search = await loadSearch()
      const path = ensureBenchArchive(LARGE)
      const archive = openArchive(path)
      const sets = buildQueries(archive.db, LARGE.articles)
      const bareStmt = archive.db.prepare(
        'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 20'
      )
      let empty = 0
      const folio = (q: string) => {
        if (search(archive, { query: q, limit: 20 }).hits.length === 0) empty++
      }
      const bare = (q: string) => bareStmt.all(bareMatch(q))
      // length(body) and a column stored after it make SQLite read each hit's whole row, as a page must
      const rowsStmt = archive.db.prepare(
        `SELECT a.title, length(a.body), a.published_at FROM articles a WHERE a.id IN
          (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 20)`
      )
      const rows = (q: string) => rowsStmt.all(bareMatch(q))
      const cachedBefore = shareText(cachedShare(path))
      const mid = timeQueries(sets.mid, folio, bare)
      const common = timeQueries(sets.common, folio, bare)
      const other = buildQueries(archive.db, LARGE.articles, 1000, 0, 2025).mid
      const vsRows = timeAgainstRows(other, folio, bare, rows)
      archive.close()
      return {
        midMedian: percentile(mid.f, 50),
        midP95: percentile(mid.f, 95),
        bareMidMedian: percentile(mid.b, 50),
        bareMidP95: percentile(mid.b, 95),
        commonP95: percentile(common.f, 95),
        rowsPassMedian: percentile(vsRows.f, 50),
        bareRowsMedian: percentile(vsRows.r, 50),
        bareCommonP95: percentile(common.b, 95),
        queries: sets.mid.length,
        commonQueries: sets.common.length,
        emptyResults: empty,
        example: sets.mid[0],
        cachedBefore,
        cachedAfter: shareText(cachedShare(path))
      }
    }
  },
  figures(r) {
    const note = problems(r, 'large')
    const peak = r.large?.peakMb ?? null
    const med = metric(r, 'large', 'midMedian')
    const bareMed = metric(r, 'large', 'bareMidMedian')
    const p95 = metric(r, 'large', 'midP95')
    const ratio = med !== null && bareMed ? med / bareMed : null
    const cp95 = metric(r, 'large', 'commonP95')
    const rowsPass = metric(r, 'large', 'rowsPassMedian')
    const bareRows = metric(r, 'large', 'bareRowsMedian')
    const m = r.large?.metrics ?? {}
    return [
      {
        label: 'Search median, 1,000 mid-frequency 2-word queries, 100k',
        value: med === null ? null : round(med, 2),
        unit: 'ms',
        baseline: bareMed === null ? null : round(bareMed, 2),
        baselineLabel: 'bare MATCH … ORDER BY bm25 LIMIT 20',
        comparison: ratio === null ? '—' : `${ratio.toFixed(2)}× bare`,
        targets: [
          { text: '< 10 ms', pass: med !== null && med < 10 },
          { text: '≤ 1.5× bare', pass: ratio !== null && ratio <= 1.5 }
        ],
        peakMb: peak,
        note:
          note ??
          `e.g. "${m.example}"; ${m.emptyResults} of ${m.queries} queries found nothing; archive file in the OS page cache: ${m.cachedBefore} before timing, ${m.cachedAfter} after`
      },
      {
        label: 'Search p95, same queries',
        value: p95 === null ? null : round(p95, 2),
        unit: 'ms',
        baseline:
          metric(r, 'large', 'bareMidP95') === null ? null : round(metric(r, 'large', 'bareMidP95')!, 2),
        baselineLabel: 'bare, p95',
        comparison:
          p95 !== null && metric(r, 'large', 'bareMidP95')
            ? `${(p95 / metric(r, 'large', 'bareMidP95')!).toFixed(2)}× bare`
            : '—',
        targets: [{ text: '< 50 ms', pass: p95 !== null && p95 < 50 }],
        peakMb: peak,
        note
      },
      {
        label: `Search p95, ${m.commonQueries ?? 300} queries of the 50 commonest words`,
        value: cp95 === null ? null : round(cp95, 1),
        unit: 'ms',
        baseline:
          metric(r, 'large', 'bareCommonP95') === null
            ? null
            : round(metric(r, 'large', 'bareCommonP95')!, 1),
        baselineLabel: 'bare, p95',
        comparison:
          cp95 !== null && metric(r, 'large', 'bareCommonP95')
            ? `${(cp95 / metric(r, 'large', 'bareCommonP95')!).toFixed(2)}× bare`
            : '—',
        targets: [{ text: '< 150 ms', pass: cp95 !== null && cp95 < 150 }],
        peakMb: peak,
        note
      },
      {
        label: 'Search median beside bare + reading the 20 hits, 1,000 other queries (no target)',
        value: rowsPass === null ? null : round(rowsPass, 2),
        unit: 'ms',
        baseline: bareRows === null ? null : round(bareRows, 2),
        baselineLabel: "bare MATCH, then the 20 hits' rows",
        comparison: rowsPass !== null && bareRows ? `${(rowsPass / bareRows).toFixed(2)}× bare + rows` : '—',
        targets: [],
        peakMb: peak,
        note:
          note ??
          "alternate queries: a results page, or the bare query plus its hits' title and whole body; each after the bare query alone"
      }
    ]
  }
}
