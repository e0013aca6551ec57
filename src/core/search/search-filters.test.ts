// Filters (alone and with a query), facet counts over the whole result set, and find-in-article.
import { afterAll, describe, expect, it } from 'vitest'
import { FolioError } from '../errors'
import { findInArticle } from './find-in-article'
import { search } from './search-archive'
import { searchFacets } from './search-facets'
import { openFixtureArchive } from './search-fixtures'
import type { SearchFilters } from './search-types'

const fx = openFixtureArchive()
afterAll(() => fx.archive.close())

const keyOf = (articleId: number): string =>
  Object.entries(fx.id).find(([, v]) => v === articleId)?.[0] ?? `#${articleId}`

function found(query: string, filters: SearchFilters): string[] {
  return search(fx.archive, { query, filters })
    .hits.map((h) => keyOf(h.article.id))
    .sort()
}

describe('filters', () => {
  it.each<[string, string, () => SearchFilters, string[]]>([
    ['theme alone', '', () => ({ themeIds: [fx.themes.foreign] }), ['can-tho', 'dangbo']],
    ['theme + query', 'hop tac', () => ({ themeIds: [fx.themes.links] }), ['can-tho']],
    ['source', 'hop', () => ({ sources: ['baotinh.vn'] }), ['can-tho', 'dangbo']],
    [
      'two sources',
      '',
      () => ({ sources: ['tintre.vn', 'example.org'] }),
      ['dang-river', 'hop-qua', 'upper']
    ],
    ['category', 'hop', () => ({ categories: ['Kinh tế'] }), ['can-tho', 'hop-dong', 'nfd']],
    ['collection', '', () => ({ collectionId: fx.collection }), ['can-tho', 'hop-qua']],
    ['year range', '', () => ({ from: '2023', to: '2023' }), ['dangbo', 'nfd', 'upper']],
    ['month', '', () => ({ from: '2023-06', to: '2023-07' }), ['nfd', 'upper']],
    ['day', 'dang', () => ({ from: '2023-01-05', to: '2023-01-05' }), ['dangbo']],
    ['from only', '', () => ({ from: '2023-06-16' }), ['can-tho', 'upper']],
    ['language', 'dang', () => ({ language: 'en' }), ['dang-river']],
    ['has passages', '', () => ({ hasPassages: true }), ['can-tho', 'dangbo']],
    ['no passages', 'hop tac', () => ({ hasPassages: false }), ['hop-dong', 'nfd']],
    [
      'combined',
      'hop',
      () => ({ sources: ['baotinh.vn'], from: '2024', hasPassages: true, themeIds: [fx.themes.links] }),
      ['can-tho']
    ],
    ['nothing left', 'hop', () => ({ sources: ['nowhere.example'] }), []]
  ])('%s', (_name, query, filters, expected) => {
    expect(found(query, filters())).toEqual(expected)
  })
})

describe('facets', () => {
  it('counts sources, categories, themes and years of the whole result set', () => {
    const page = search(fx.archive, { query: 'hop', withFacets: true, limit: 1 })
    expect(page.hits).toHaveLength(1)
    expect(page.total).toBe(5)
    expect(page.facets?.sources).toEqual([
      { value: 'baotinh.vn', count: 2 },
      { value: 'nangluong.vn', count: 1 },
      { value: 'taynguyen.vn', count: 1 },
      { value: 'tintre.vn', count: 1 }
    ])
    // can-tho, nfd and hop-dong are Kinh tế; dangbo Thời sự; hop-qua Xã hội
    expect(page.facets?.categories).toEqual([
      { value: 'Kinh tế', count: 3 },
      { value: 'Thời sự', count: 1 },
      { value: 'Xã hội', count: 1 }
    ])
    expect(page.facets?.themes).toEqual([
      { value: String(fx.themes.foreign), count: 2 },
      { value: String(fx.themes.links), count: 1 }
    ])
    expect(page.facets?.years).toEqual([
      { value: '2020', count: 1 },
      { value: '2022', count: 1 },
      { value: '2023', count: 2 },
      { value: '2024', count: 1 }
    ])
  })

  it('follows exact mode and filters', () => {
    const f = searchFacets(fx.archive, { query: 'hộp', exact: true })
    expect(f.sources).toEqual([{ value: 'tintre.vn', count: 1 }])
    const g = searchFacets(fx.archive, { query: '', filters: { language: 'en' } })
    expect(g.years).toEqual([{ value: '2021', count: 1 }])
  })
})

describe('find in article', () => {
  const text = (
    id: number,
    ranges: { start: number; end: number }[],
    field: 'body' | 'title' = 'body'
  ): string[] => {
    const s = fx.archive.db.prepare(`SELECT ${field} FROM articles WHERE id = ?`).pluck().get(id) as string
    return ranges.map((r) => s.slice(r.start, r.end))
  }

  it.each<[string, string, boolean, string[]]>([
    ['can-tho', 'hop tac', false, ['hợp', 'tác', 'hợp', 'tác']],
    ['can-tho', '"hop tac"', false, ['hợp tác', 'hợp tác']],
    ['can-tho', 'dbscl', false, ['ĐBSCL']],
    ['hop-dong', 'hop', false, ['Hợp', 'hợp', 'họp']],
    ['hop-dong', 'hợp', true, ['Hợp', 'hợp']],
    ['nfd', 'dang', false, ['Đảng'.normalize('NFD')]],
    ['upper', 'dang vien', false, ['đảng', 'viên', 'viên', 'ĐẢNG', 'VIÊN']], // Đoàn viên too
    ['upper', '"dang vien"', false, ['đảng viên', 'ĐẢNG VIÊN']],
    ['dangbo', 'zzz', false, []]
  ])('%s: %s (exact %s) → %j', (key, query, exact, expected) => {
    const r = findInArticle(fx.archive, { articleId: fx.id[key], query, exact })
    expect(text(fx.id[key], r.ranges)).toEqual(expected)
  })

  it('reports title matches separately', () => {
    const r = findInArticle(fx.archive, { articleId: fx.id['hop-qua'], query: 'hop' })
    expect(text(fx.id['hop-qua'], r.titleRanges, 'title')).toEqual(['Hộp'])
  })

  it('an unknown article is a clear not-found', () => {
    expect(() => findInArticle(fx.archive, { articleId: 999, query: 'hop' })).toThrow(FolioError)
    expect(() => findInArticle(fx.archive, { articleId: 999, query: 'hop' })).toThrow(/no article 999/)
  })
})
