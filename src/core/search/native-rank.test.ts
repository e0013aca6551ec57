// folio-fts (native/folio-fts.c) ranks exactly as the SQL it replaces: the same bm25 to the bit, the
// same side-by-side pairs, the same totals and pages, also once it holds article lengths in memory
// and after the archive changes under it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertArticle } from '../articles/article-store'
import { openArchive, type Archive } from '../archive'
import { hasNativeFts, nativeFtsProblem } from '../db/native-fts'
import { mulberry32 } from '../../../bench/prng'
import { adjacentPhraseIndexes, adjacentPhrases, plainPhraseIndexes, toFtsMatch } from './query-fts'
import { parseQuery } from './query-parse'
import { search } from './search-archive'
import type { SearchInput } from './search-types'

const SYLLABLES = (
  'hợp tác quốc tế liên kết vùng đối ngoại phát triển kinh tế tỉnh thành phố đồng bằng sông Cửu Long ' +
  'Cần Thơ Đảng bộ nhân dân chính sách giao thông giáo dục y tế năm mới hội nghị đầu tư doanh nghiệp'
).split(' ')

/** Deterministic article text: `n` syllables, common ones often, so pairs meet by chance too. */
function text(rng: () => number, n: number): string {
  const words: string[] = []
  for (let i = 0; i < n; i++) words.push(SYLLABLES[Math.floor(rng() ** 2 * SYLLABLES.length)])
  return words.join(' ')
}

function fill(archive: Archive, count: number, seed: number): void {
  const rng = mulberry32(seed)
  archive.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const body = text(rng, 20 + Math.floor(rng() * 200))
      // every 7th body decomposed (NFD), as some sources store it
      insertArticle(archive, {
        title: text(rng, 3 + Math.floor(rng() * 8)),
        body: i % 7 === 0 ? body.normalize('NFD') : body,
        blocks: []
      })
    }
  })()
}

const QUERIES = [
  'hop tac',
  'lien ket vung',
  'doi ngoai',
  'dang bo can tho',
  'kinh te -giao',
  'tinh OR thanh pho',
  '"quoc te" hop',
  'phat* trien',
  'nam nam',
  'cuu long song'
]

/** The pairs listed last first: the same pairs, another blob. */
function swapPairs(pairs: number[]): number[] {
  const out: number[] = []
  for (let i = pairs.length - 2; i >= 0; i -= 2) out.push(pairs[i], pairs[i + 1])
  return out
}

/**
 * folio_rank and folio_adjacent beside the SQL they replace, for every row a query matches: rank
 * after folio_adjacent (as search orders them, reusing its counts) and keeping how many articles hold
 * each plain word, and rank alone.
 */
function compareRows(archive: Archive, query: string): number {
  const q = parseQuery(query)!
  const match = toFtsMatch(q)
  const phrases = adjacentPhrases(q)
  const pairs = Buffer.from(adjacentPhraseIndexes(q))
  const inPhrase = phrases.map(() => `(rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`)
  const rows = archive.db
    .prepare(
      `SELECT rowid, folio_adjacent(articles_fts, ?) AS adjacent, folio_rank(articles_fts, 10.0, 1.0, ?) AS native,
        -bm25(articles_fts, 10.0, 1.0) AS bm25, folio_adjacent(articles_fts, ?) AS again,
        ${inPhrase.join(' + ') || '0'} AS phrases
       FROM articles_fts WHERE articles_fts MATCH ?`
    )
    // the second folio_adjacent has the pairs in another order
    .all(
      pairs,
      Buffer.from(plainPhraseIndexes(q)),
      Buffer.from(swapPairs([...pairs])),
      ...phrases,
      match
    ) as {
    native: number
    bm25: number
    adjacent: number
    again: number
    phrases: number
  }[]
  for (const r of rows) {
    expect(r.native).toBe(r.bm25)
    expect(r.adjacent).toBe(r.phrases)
    expect(r.again).toBe(r.phrases)
  }
  const alone = archive.db
    .prepare(
      `SELECT folio_rank(articles_fts, 10.0, 1.0) AS native, -bm25(articles_fts, 10.0, 1.0) AS bm25
       FROM articles_fts WHERE articles_fts MATCH ?`
    )
    .all(match) as { native: number; bm25: number }[]
  for (const r of alone) expect(r.native).toBe(r.bm25)
  return rows.length
}

/**
 * The library is built at install by the C compiler better-sqlite3 needs too. Without one (and only
 * outside CI, where a missing library is a broken build) these suites are skipped, and say why.
 */
const probe = openArchive(':memory:')
const built = hasNativeFts(probe.db)
probe.close()
const required = built || process.env.CI === 'true'

if (!required)
  it.skip(`folio-fts is not built on this machine, so its tests are skipped: ${nativeFtsProblem()}`)

describe.runIf(required)('folio-fts', () => {
  let native: Archive
  let plain: Archive

  beforeAll(() => {
    native = openArchive(':memory:')
    plain = openArchive(':memory:', { nativeFts: false })
    fill(native, 400, 7)
    fill(plain, 400, 7)
  })
  afterAll(() => {
    native.close()
    plain.close()
  })

  it('loads on this machine', () => {
    expect(nativeFtsProblem() ?? 'loaded').toBe('loaded')
    expect(hasNativeFts(native.db)).toBe(true)
    expect(hasNativeFts(plain.db)).toBe(false)
  })

  it.each(QUERIES)('ranks "%s" with bm25 to the bit and finds the same side-by-side pairs', (query) => {
    expect(compareRows(native, query)).toBeGreaterThan(0)
  })

  it('counts the articles holding a word again once the archive changes', () => {
    const add = (title: string, body: string): void => {
      for (const a of [native, plain]) insertArticle(a, { title, body, blocks: [] })
    }
    add('Chữ hiếm', 'Một chữ hiếm ở đây.')
    expect(compareRows(native, 'chu hiem')).toBe(1)
    add('Tin khác', 'Lại chữ hiếm, chữ hiếm nữa.')
    expect(compareRows(native, 'chu hiem')).toBe(2) // with the first count kept, idf would be stale
  })

  it('numbers the phrases as FTS5 does', () => {
    expect(adjacentPhraseIndexes(parseQuery('a OR b c d')!)).toEqual([2, 3])
    expect(adjacentPhraseIndexes(parseQuery('a "b c" d e')!)).toEqual([2, 3])
    expect(adjacentPhraseIndexes(parseQuery('a b -c')!)).toEqual([0, 1])
    expect(plainPhraseIndexes(parseQuery('aa bb* "cc dd" -ee -ff*')!)).toEqual([0, 2, 3])
  })

  const inputs: SearchInput[] = [
    ...QUERIES.map((query) => ({ query })),
    { query: 'hop tac', limit: 5 },
    { query: 'tinh', limit: 7 },
    { query: 'kinh te', filters: { hasPassages: false } },
    { query: 'zzzz khong co' },
    // exact mode ranks its candidates the same way, then checks the diacritics
    { query: 'hợp tác', exact: true },
    { query: 'Đảng bộ Cần Thơ', exact: true, limit: 5 },
    { query: 'kinh tế -giao', exact: true }
  ]

  /** A page without import times, which differ between the two archives filled one after the other. */
  const comparable = (page: ReturnType<typeof search>) => ({
    ...page,
    hits: page.hits.map((h) => ({ ...h, article: { ...h.article, importedAt: '' } }))
  })

  it.each(inputs)('gives the same page, total and cursor as ranking in SQL: %j', (input) => {
    let a = search(native, input)
    let b = search(plain, input)
    expect(a.hits.length).toBeGreaterThan(input.query === 'zzzz khong co' ? -1 : 0)
    expect(comparable(a)).toEqual(comparable(b))
    // and the pages after it
    for (let i = 0; i < 3 && a.nextCursor; i++) {
      a = search(native, { ...input, cursor: a.nextCursor })
      b = search(plain, { ...input, cursor: b.nextCursor! })
      expect(comparable(a)).toEqual(comparable(b))
    }
  })
})

describe.runIf(required)('folio-fts over broad words (article lengths held in memory)', () => {
  let dir: string
  let archive: Archive
  let other: Archive

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-native-'))
    archive = openArchive(join(dir, 'a.folio'))
    fill(archive, 2600, 11) // past the 2,000 rows after which lengths are read at once
    other = openArchive(join(dir, 'a.folio'))
  })
  afterAll(() => {
    other.close()
    archive.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('ranks a query of the commonest words with bm25 to the bit', () => {
    expect(compareRows(archive, 'hop tac')).toBeGreaterThan(2000)
  })

  it('reads lengths again after this connection changes an article', () => {
    compareRows(archive, 'hop tac')
    // a late article: a query reads lengths from memory only after its first 2,000 rows
    archive.db.prepare('UPDATE articles SET body = body || ? WHERE id = 2590').run(' hợp tác'.repeat(40))
    expect(compareRows(archive, 'hop tac')).toBeGreaterThan(2000)
  })

  it('reads lengths again after another connection commits', () => {
    compareRows(archive, 'hop tac')
    other.db.prepare('UPDATE articles SET body = ? WHERE id = 2580').run('hợp tác ngắn')
    expect(compareRows(archive, 'hop tac')).toBeGreaterThan(2000)
  })

  it('totals every match', () => {
    const total = archive.db
      .prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?')
      .get(toFtsMatch(parseQuery('hop tac')!)) as { n: number }
    expect(search(archive, { query: 'hop tac' }).total).toBe(total.n)
  })

  it('keeps nothing it read inside a write transaction that is rolled back', () => {
    const add = archive.db.prepare('INSERT INTO articles (title, body, content_hash) VALUES (?, ?, ?)')
    expect(() =>
      archive.db.transaction(() => {
        for (let i = 0; i < 30; i++) add.run(`Tạm ${i}`, 'hợp tác hợp tác hợp tác', `rolled-back-${i}`)
        compareRows(archive, 'hop tac') // a search inside a larger write
        throw new Error('the write fails')
      })()
    ).toThrow('the write fails')
    expect(compareRows(archive, 'hop tac')).toBeGreaterThan(2000)
  })
})

describe.runIf(required)('folio-fts on an archive whose ids lie far apart', () => {
  it('ranks without reading lengths into memory (the span is too sparse)', () => {
    const archive = openArchive(':memory:')
    try {
      const add = archive.db.prepare(
        'INSERT INTO articles (id, title, body, content_hash) VALUES (?, ?, ?, ?)'
      )
      archive.db.transaction(() => {
        for (let i = 0; i < 2100; i++) {
          // from -2^62 to 2^62: the span overflows a signed 64-bit subtraction
          const id = (BigInt(i) - 1050n) * 4398046511104n * 1024n
          add.run(id, `Tin ${i}`, 'hợp tác vùng', `far-${i}`)
        }
      })()
      expect(compareRows(archive, 'hop tac')).toBe(2100)
    } finally {
      archive.close()
    }
  })
})
