// Query sets for the search benchmark, drawn from the index's own vocabulary (fts5vocab): two-word
// queries of mid-frequency words, and of the 50 most common words. Typed without diacritics.
import type { DB } from '../src/core/db/connection'
import { mulberry32, pick } from './prng'

export interface QuerySets {
  mid: string[]
  common: string[]
  midRange: [number, number]
}

export function buildQueries(
  db: DB,
  articles: number,
  count = 1000,
  commonCount = 300,
  seed = 2024
): QuerySets {
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab('main', 'articles_fts', 'row')"
  )
  const terms = db
    .prepare("SELECT term, doc FROM temp.bench_vocab WHERE term GLOB '[a-z]*' ORDER BY doc DESC")
    .all() as {
    term: string
    doc: number
  }[]
  // mid-frequency: in 0.5%–5% of the articles (500–5,000 of 100,000)
  const lo = Math.max(1, Math.floor(articles * 0.005))
  const hi = Math.floor(articles * 0.05)
  const mid = terms.filter((t) => t.doc >= lo && t.doc <= hi).map((t) => t.term)
  const top = terms.slice(0, 50).map((t) => t.term)
  const rng = mulberry32(seed)
  const pairs = (words: string[], n: number): string[] =>
    Array.from({ length: n }, () => {
      const a = pick(rng, words)
      let b = pick(rng, words)
      while (b === a) b = pick(rng, words)
      return `${a} ${b}`
    })
  return { mid: pairs(mid, count), common: pairs(top, commonCount), midRange: [lo, hi] }
}

/** The same words as an FTS5 expression for the bare baseline: each a quoted term, ANDed. */
export function bareMatch(query: string): string {
  return query
    .split(' ')
    .map((w) => `"${w}"`)
    .join(' ')
}
