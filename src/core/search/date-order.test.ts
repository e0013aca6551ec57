// A query's results by publication date: every match, in date order, undated last, paged by cursor,
// in loose and exact mode, with filters; relevance stays the default.
import { afterAll, describe, expect, it } from 'vitest'
import { search } from './search-archive'
import { openFixtureArchive } from './search-fixtures'
import type { SearchInput } from './search-types'

const fx = openFixtureArchive()
afterAll(() => fx.archive.close())
// one undated match of "hop"
const undated = Number(
  fx.archive.db
    .prepare(
      `INSERT INTO articles (title, body, content_hash) VALUES ('Hợp đồng không ngày', 'Một hợp đồng.', 'undated')`
    )
    .run().lastInsertRowid
)

const dates = (input: SearchInput): (string | null)[] =>
  search(fx.archive, input).hits.map((h) => h.article.publishedAt ?? null)

describe('search sorted by date', () => {
  const all = search(fx.archive, { query: 'hop', limit: 50 })

  it('newest first finds the same articles as relevance, in date order, undated last', () => {
    const newest = search(fx.archive, { query: 'hop', limit: 50, sort: 'newest' })
    expect(newest.total).toBe(all.total)
    expect(newest.hits.map((h) => h.article.id).sort()).toEqual(all.hits.map((h) => h.article.id).sort())
    expect(dates({ query: 'hop', limit: 50, sort: 'newest' })).toEqual([
      '2024-01-02',
      '2023-06-15',
      '2023-01-05',
      '2022-11-20',
      '2020-09-09',
      null
    ])
    expect(newest.hits.at(-1)?.article.id).toBe(undated)
  })

  it('oldest first, undated still last, and highlights as usual', () => {
    const oldest = search(fx.archive, { query: 'hop', limit: 50, sort: 'oldest' })
    expect(oldest.hits.map((h) => h.article.publishedAt ?? null)).toEqual([
      '2020-09-09',
      '2022-11-20',
      '2023-01-05',
      '2023-06-15',
      '2024-01-02',
      null
    ])
    expect(oldest.hits.every((h) => h.titleHighlights.length + (h.snippet?.highlights.length ?? 0) > 0)).toBe(
      true
    )
  })

  it('pages by cursor through the same order, and a cursor of another order is refused', () => {
    const ids: number[] = []
    let cursor: string | null | undefined
    do {
      const page = search(fx.archive, { query: 'hop', limit: 2, sort: 'newest', cursor })
      ids.push(...page.hits.map((h) => h.article.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(ids).toEqual(
      search(fx.archive, { query: 'hop', limit: 50, sort: 'newest' }).hits.map((h) => h.article.id)
    )
    const relevance = search(fx.archive, { query: 'hop', limit: 2 })
    expect(() =>
      search(fx.archive, { query: 'hop', limit: 2, sort: 'newest', cursor: relevance.nextCursor })
    ).toThrow(/different search/)
  })

  it('in exact mode and with filters', () => {
    expect(dates({ query: 'hợp', exact: true, limit: 50, sort: 'oldest' })).toEqual(
      [...dates({ query: 'hợp', exact: true, limit: 50 })].sort((a, b) =>
        a === null ? 1 : b === null ? -1 : a.localeCompare(b)
      )
    )
    expect(dates({ query: 'hop', limit: 50, sort: 'newest', filters: { from: '2023' } })).toEqual([
      '2024-01-02',
      '2023-06-15',
      '2023-01-05'
    ])
  })

  it('refuses an unknown order with one plain line', () => {
    expect(() => search(fx.archive, { query: 'hop', sort: 'colour' as never })).toThrow(
      /Unknown sort "colour"/
    )
  })
})
