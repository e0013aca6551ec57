// Search over the fixture archive as a researcher would use it: with and without diacritics, exact
// mode, the query language, highlights in the original text, ranking and paging.
import { afterAll, describe, expect, it } from 'vitest'
import { insertArticle } from '../articles/article-store'
import { openArchive } from '../archive'
import { FolioError } from '../errors'
import { search } from './search-archive'
import { openFixtureArchive } from './search-fixtures'
import type { SearchHit } from './search-types'

const fx = openFixtureArchive()
afterAll(() => fx.archive.close())

const keyOf = (articleId: number): string =>
  Object.entries(fx.id).find(([, v]) => v === articleId)?.[0] ?? `#${articleId}`

function found(query: string, exact = false): string[] {
  return search(fx.archive, { query, exact })
    .hits.map((h) => keyOf(h.article.id))
    .sort()
}

/** The highlighted strings of a hit's snippet and title, read from the original text. */
function marked(hit: SearchHit): string[] {
  const s = hit.snippet
  const body = s ? s.highlights.map((r) => s.text.slice(r.start, r.end)) : []
  return [...hit.titleHighlights.map((r) => hit.article.title.slice(r.start, r.end)), ...body]
}

describe('loose search (diacritics optional)', () => {
  it.each([
    // query, articles expected (sorted keys)
    ['dang bo', ['dangbo']],
    ['Đảng bộ', ['dangbo']],
    ['dbscl', ['can-tho', 'upper']],
    ['DBSCL', ['can-tho', 'upper']],
    ['can tho', ['can-tho']],
    ['hop tac', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['hợp tác', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['doi ngoai', ['can-tho', 'nfd']],
    ['tay nguyen', ['nfd']],
    ['dang uy', ['nfd']],
    ['dang vien', ['upper']],
    ['hop', ['can-tho', 'dangbo', 'hop-dong', 'hop-qua', 'nfd']],
    ['dang', ['dang-river', 'dangbo', 'nfd', 'upper']],
    ['covid-19', ['hop-dong']],
    ['covid 19', ['hop-dong']],
    ['khong co dau vet', []]
  ])('%s finds %j', (query, expected) => {
    expect(found(query)).toEqual(expected)
  })
})

describe('exact mode (diacritics as typed)', () => {
  it.each([
    ['hợp', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['hộp', ['hop-qua']],
    ['họp', ['dangbo', 'hop-dong']],
    ['Đảng', ['dangbo', 'nfd', 'upper']],
    ['đảng', ['dangbo', 'nfd', 'upper']],
    ['Dang', ['dang-river']],
    ['dang bo', []],
    ['hợp tác', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['"hợp tác quốc tế"', ['can-tho', 'dangbo']],
    ['hợp*', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['hộ*', ['dangbo', 'hop-qua']], // hội, hộp
    ['hợp -hộp', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['hộp OR họp', ['dangbo', 'hop-dong', 'hop-qua']],
    ['đbscl', ['can-tho', 'upper']]
  ])('%s finds %j', (query, expected) => {
    expect(found(query, true)).toEqual(expected)
  })
})

describe('query language', () => {
  it.each([
    ['"hop tac quoc te"', ['can-tho', 'dangbo']],
    ['"quoc te hop tac"', []],
    ['hop tac -quoc', ['hop-dong', 'nfd']],
    ['hop -"hop tac"', ['hop-qua']],
    ['valley OR "tay nguyen"', ['dang-river', 'nfd']],
    ['valley OR nguyen kinh', ['nfd']],
    ['nguy*', ['hop-qua', 'nfd', 'upper']], // nguyện, Nguyên
    ['"hop ta"*', ['can-tho', 'dangbo', 'hop-dong', 'nfd']],
    ['NOT dang hop', ['can-tho', 'hop-dong', 'hop-qua']],
    ['hop AND qua', ['hop-qua']]
  ])('%s finds %j', (query, expected) => {
    expect(found(query)).toEqual(expected)
  })
})

describe('highlights in the original text', () => {
  it.each([
    ['dang bo', false, 'dangbo', ['Đảng', 'bộ', 'Đảng', 'bộ']],
    ['dbscl', false, 'can-tho', ['ĐBSCL']],
    ['dbscl', false, 'upper', ['ĐbScL']],
    ['doi ngoai', false, 'nfd', ['đối', 'ngoại'].map((s) => s.normalize('NFD'))],
    ['dang', false, 'upper', ['ĐẢNG', 'đảng', 'ĐẢNG']],
    ['"hop tac quoc te"', false, 'dangbo', ['hợp tác quốc tế']],
    ['hợp tác', true, 'hop-dong', ['Hợp', 'Hợp', 'tác', 'hợp']],
    ['covid-19', false, 'hop-dong', ['covid-19']],
    ['nguy*', false, 'nfd', ['Nguyên', 'Nguyên'].map((s) => s.normalize('NFD'))]
  ])('%s (exact %s) in %s marks %j', (query, exact, key, expected) => {
    const hit = search(fx.archive, { query, exact }).hits.find((h) => h.article.id === fx.id[key])
    expect(hit).toBeDefined()
    expect(marked(hit as SearchHit)).toEqual(expected)
  })

  it('snippets are slices of the stored body at bodyStart', () => {
    for (const q of ['hop tac', 'dang', 'doi ngoai', 'dbscl']) {
      for (const h of search(fx.archive, { query: q }).hits) {
        const body = fx.archive.db
          .prepare('SELECT body FROM articles WHERE id = ?')
          .pluck()
          .get(h.article.id) as string
        const s = h.snippet
        expect(s).not.toBeNull()
        if (!s) continue
        expect(body.slice(s.bodyStart, s.bodyStart + s.text.length)).toBe(s.text)
        expect(s.highlights.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('ranking and paging', () => {
  it('weights the title above the body', () => {
    const hits = search(fx.archive, { query: 'hop' }).hits.map((h) => keyOf(h.article.id))
    // Both have "Hộp"/"Hợp" in the title; the articles that only mention it in the body come after.
    expect(hits.slice(0, 3).sort()).toEqual(['hop-dong', 'hop-qua', 'nfd'])
  })

  it('pages through every result once with the cursor', () => {
    const archive = openArchive(':memory:')
    try {
      for (let i = 0; i < 45; i++) {
        insertArticle(archive, {
          title: `Bản tin số ${i}`,
          body: `Tin nhanh về thủy lợi, mục ${i}.`,
          blocks: []
        })
      }
      const seen: number[] = []
      let cursor: string | null = null
      const sizes: number[] = []
      do {
        const page = search(archive, { query: 'thuy loi', limit: 20, cursor })
        expect(page.total).toBe(45)
        sizes.push(page.hits.length)
        seen.push(...page.hits.map((h) => h.article.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(sizes).toEqual([20, 20, 5])
      expect(new Set(seen).size).toBe(45)
    } finally {
      archive.close()
    }
  })

  it('pages exact-mode results, checked on the original text', () => {
    const archive = openArchive(':memory:')
    try {
      for (let i = 0; i < 30; i++) {
        const word = i % 3 === 0 ? 'hộp' : 'hợp'
        insertArticle(archive, { title: `Tin ${i}`, body: `Bài số ${i} nói về ${word} tác.`, blocks: [] })
      }
      const seen: number[] = []
      let cursor: string | null = null
      do {
        const page = search(archive, { query: 'hộp', exact: true, limit: 4, cursor })
        expect(page.total).toBe(10)
        expect(page.totalIsEstimate).toBeUndefined()
        seen.push(...page.hits.map((h) => h.article.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(new Set(seen).size).toBe(10)
      expect(search(archive, { query: 'hop', limit: 4 }).total).toBe(30)
    } finally {
      archive.close()
    }
  })

  it('refuses a cursor from another search', () => {
    const first = search(fx.archive, { query: 'hop', limit: 2 })
    expect(first.nextCursor).not.toBeNull()
    expect(() => search(fx.archive, { query: 'dang', limit: 2, cursor: first.nextCursor })).toThrow(
      /different search/
    )
    expect(() => search(fx.archive, { query: 'hop', cursor: 'garbage!' })).toThrow(FolioError)
  })
})
