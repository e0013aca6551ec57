// Words typed side by side rank the articles where they stand together first: "hop tac" means the
// word "hợp tác", not an article that says "phối hợp" here and "tác động" there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertArticle } from '../articles/article-store'
import { openArchive, type Archive } from '../archive'
import { adjacentPhrases, MAX_ADJACENT_PAIRS } from './query-fts'
import { parseQuery } from './query-parse'
import { search } from './search-archive'

describe('adjacentPhrases', () => {
  it.each([
    ['hop tac', ['"hop tac"']],
    ['hop tac quoc te', ['"hop tac"', '"tac quoc"', '"quoc te"']],
    ['Đối ngoại', ['"dối ngoại"']], // folded đ→d only, like the index; the tokenizer drops the marks
    ['hop', []],
    ['"hop tac" quoc te', ['"quoc te"']],
    ['hop OR hoi tac', []],
    ['hop ta*', []],
    ['hop -xa tac', ['"hop tac"']]
  ])('%s ranks on %j', (query, expected) => {
    expect(adjacentPhrases(parseQuery(query)!)).toEqual(expected)
  })

  it('ranks a long query on its first pairs only', () => {
    const q = parseQuery('một hai ba bốn năm sáu bảy tám chín mười')!
    expect(adjacentPhrases(q)).toHaveLength(MAX_ADJACENT_PAIRS)
  })
})

describe('ranking by words side by side', () => {
  let archive: Archive
  const id: Record<string, number> = {}
  const add = (key: string, title: string, body: string): void => {
    id[key] = insertArticle(archive, { title, body, blocks: [] }).id
  }
  const order = (query: string, exact = false): string[] =>
    search(archive, { query, exact }).hits.map(
      (h) => Object.entries(id).find(([, v]) => v === h.article.id)![0]
    )

  beforeAll(() => {
    archive = openArchive(':memory:')
    add(
      'together',
      'Tin tỉnh',
      'Hai tỉnh ký thỏa thuận hợp tác trong nhiều năm về giao thông, y tế và giáo dục.'
    )
    add('apart', 'Tin ngắn', 'Phối hợp tốt, tác động lớn; hợp lý, tác giả vui.')
    add('vung-3', 'Vùng', 'Chương trình liên kết vùng cho các tỉnh phía nam trong năm tới.')
    add('vung-2', 'Liên kết', 'Liên kết giữa các tỉnh được bàn, còn vùng biên giới thì chưa.')
    add('vung-0', 'Kết quả', 'Kết quả vùng liên quan: vùng, kết, liên, vùng kết liên.')
  })
  afterAll(() => archive.close())

  it('puts the article with the words together first, though bm25 alone prefers the other', () => {
    const hits = search(archive, { query: 'hop tac' }).hits
    expect(order('hop tac')).toEqual(['together', 'apart'])
    expect(hits[1].score).toBeGreaterThan(hits[0].score)
    // the words are still ANDed: the scattered article stays in the results and in the total
    expect(search(archive, { query: 'hop tac' }).total).toBe(2)
  })

  it('orders by how many typed pairs stand together', () => {
    expect(order('lien ket vung')).toEqual(['vung-3', 'vung-2', 'vung-0'])
  })

  it('does the same in exact mode and across pages', () => {
    expect(order('hợp tác', true)).toEqual(['together', 'apart'])
    const first = search(archive, { query: 'hop tac', limit: 1 })
    const second = search(archive, { query: 'hop tac', limit: 1, cursor: first.nextCursor })
    expect([first.hits[0].article.id, second.hits[0].article.id]).toEqual([id.together, id.apart])
  })

  it('leaves a quoted phrase and a prefix to bm25 alone', () => {
    expect(order('"hop tac"')).toEqual(['together'])
    expect(order('hop ta*')[0]).toBe('apart')
  })
})
