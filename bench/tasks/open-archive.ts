// Opening the archive at 10,000 and 100,000 articles: openArchive (check, connect, migrate) beside a
// bare better-sqlite3 open + one query.
import Database from 'better-sqlite3'
import { openArchive } from '../../src/core/archive'
import { ensureBenchArchive } from '../bench-archive'
import { LARGE, SMALL } from '../bench-sizes'
import { metric, problems, type BenchTask, type Figure, type PartResult } from '../bench-types'
import { median, nowMs, round } from '../measure'

const RUNS = 15

function openTimes(path: string) {
  const folio: number[] = []
  const bare: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let t = nowMs()
    const a = openArchive(path)
    a.db.prepare('SELECT count(*) FROM themes').get()
    folio.push(nowMs() - t)
    a.close()
    t = nowMs()
    const db = new Database(path)
    db.prepare('SELECT count(*) FROM themes').get()
    bare.push(nowMs() - t)
    db.close()
  }
  return { folio: median(folio), first: folio[0], bare: median(bare) }
}

function figure(r: Record<string, PartResult>, part: string, label: string, targetMs: number | null): Figure {
  const value = metric(r, part, 'folio')
  const bare = metric(r, part, 'bare')
  return {
    label,
    value: value === null ? null : round(value, 1),
    unit: 'ms (median)',
    baseline: bare === null ? null : round(bare, 1),
    baselineLabel: 'bare new Database() + query',
    comparison: value !== null && bare ? `+${round(value - bare, 1)} ms` : '—',
    targets:
      targetMs === null ? [] : [{ text: `< ${targetMs} ms`, pass: value !== null && value < targetMs }],
    peakMb: r[part]?.peakMb ?? null,
    note: problems(r, part) ?? `first open ${round(metric(r, part, 'first') ?? NaN, 1)} ms`
  }
}

export const openArchiveTask: BenchTask = {
  name: 'open',
  parts: {
    async small() {
      return openTimes(ensureBenchArchive(SMALL))
    },
    async large() {
      return openTimes(ensureBenchArchive(LARGE))
    }
  },
  figures(r) {
    return [
      figure(r, 'small', 'Open archive, 10,000 articles', null),
      figure(r, 'large', 'Open archive, 100,000 articles', 300)
    ]
  }
}
