// A loose query typed with diacritics puts the articles holding the words as typed first, among the
// first results, on both ranking paths (folio-fts and SQL), and pages through one stable order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertArticle } from '../articles/article-store'
import { openArchive, type Archive } from '../archive'
import { search } from './search-archive'
import { asPhrases, TYPED_MARKS_WINDOW } from './typed-marks'
import { parseQuery } from './query-parse'
import { describeQuery } from './query-ast'

const paths = [
  ['folio-fts', {}],
  ['SQL', { nativeFts: false }]
] as const

describe.each(paths)('typed diacritics rank first (%s)', (_, options) => {
  let archive: Archive
  const id: Record<string, number> = {}
  const add = (key: string, title: string, body: string): void => {
    id[key] = insertArticle(archive, { title, body, blocks: [] }).id
  }
  const titles = (query: string, limit = 10): string[] =>
    search(archive, { query, limit }).hits.map((h) => h.article.title)

  beforeAll(() => {
    archive = openArchive(':memory:', options)
    // the football story folds to "doi ngoai" in its title, which bm25 weighs ten times the body
    add('football', 'Bộ đôi ngoại binh tỏa sáng', 'Bộ đôi ngoại binh ghi hai bàn trong trận cầu.')
    add('exchange', 'Tỷ giá hôm nay', 'Nhu cầu đổi ngoại tệ tăng trước Tết.')
    add('foreign', 'Tin tỉnh', 'Công tác đối ngoại của tỉnh được đẩy mạnh trong năm nay.')
    add('apart', 'Tin khác', 'Đối với các nước láng giềng, kim ngạch ngoại thương tăng.')
  })
  afterAll(() => archive.close())

  it('"đối ngoại" puts the words as typed first, side by side before apart; every spelling is still found', () => {
    const hits = titles('đối ngoại')
    expect(hits.slice(0, 2)).toEqual(['Tin tỉnh', 'Tin khác'])
    expect(hits).toHaveLength(4)
  })

  it('without diacritics the folded ranking stands', () => {
    expect(titles('doi ngoai')[0]).toBe('Bộ đôi ngoại binh tỏa sáng')
    expect(titles('doi ngoai')).toHaveLength(4)
  })

  it('highlights every spelling the loose query found', () => {
    const football = search(archive, { query: 'đối ngoại' }).hits.find((h) => h.article.id === id.football)!
    const marked = football.titleHighlights.map((r) => football.article.title.slice(r.start, r.end))
    expect(marked).toEqual(['đôi', 'ngoại'])
  })

  it('pages through one order across the end of the reordered window', () => {
    // more matches than the window: folded spellings first in bm25 (short bodies), typed ones last
    for (let i = 0; i < TYPED_MARKS_WINDOW + 30; i++)
      add(`pair-${i}`, `Trận ${i}`, `Bộ đôi ngoại binh số ${i}.`)
    for (let i = 0; i < 5; i++)
      add(
        `typed-${i}`,
        `Bản tin ${i}`,
        `Hoạt động đối ngoại ${i} của thành phố trong tháng, ${'với nhiều nội dung '.repeat(20)}`
      )
    const whole = search(archive, { query: 'đối ngoại', limit: 200 })
    const ids = whole.hits.map((h) => h.article.id)
    expect(whole.total).toBe(4 + TYPED_MARKS_WINDOW + 30 + 5)
    expect(new Set(ids).size).toBe(ids.length)
    const paged: number[] = []
    let cursor: string | null | undefined
    do {
      const page = search(archive, { query: 'đối ngoại', limit: 30, cursor })
      expect(page.total).toBe(whole.total)
      paged.push(...page.hits.map((h) => h.article.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(paged).toEqual(ids)
  })
})

describe('asPhrases', () => {
  it.each([
    ['đối ngoại', '"đối ngoại"'],
    ['hợp tác quốc tế', '"hợp tác quốc tế"'],
    ['hợp tác OR liên kết vùng', 'hợp tác OR liên "kết vùng"'],
    ['"đối ngoại" hợp tác* Cần Thơ -hộp', '"đối ngoại" hợp tác* "cần thơ" -hộp']
  ])('%s → %s', (query, phrased) => {
    expect(describeQuery(asPhrases(parseQuery(query)!))).toBe(phrased)
  })
})
