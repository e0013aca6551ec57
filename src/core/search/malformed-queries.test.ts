// Whatever a person types, search answers with results or one clear sentence, never an FTS5 error.
import { afterAll, describe, expect, it } from 'vitest'
import { FolioError } from '../errors'
import { findInArticle } from './find-in-article'
import { toFtsMatch } from './query-fts'
import { parseQuery } from './query-parse'
import { search } from './search-archive'
import { openFixtureArchive } from './search-fixtures'

const fx = openFixtureArchive()
afterAll(() => fx.archive.close())

type Outcome = { kind: 'results'; atLeast: number } | { kind: 'message'; pattern: RegExp }
const results = (atLeast = 0): Outcome => ({ kind: 'results', atLeast })
const message = (pattern: RegExp): Outcome => ({ kind: 'message', pattern })

const CASES: [string, Outcome][] = [
  ['"hop tac', results(1)], // unbalanced quote: the rest is read as words
  ['hop tac"', results(1)],
  ['"', message(/no words to search for/)],
  ['""', message(/no words to search for/)],
  ['"""', message(/no words to search for/)],
  ['*', message(/no words to search for/)],
  ['**', message(/no words to search for/)],
  ['h*', message(/at least two letters/)],
  ['-', message(/no words to search for/)],
  ['-hop', message(/only excludes/)],
  ['- hop', results(1)],
  ['--hop dang', results(1)],
  ['OR', message(/no words to search for/)],
  ['OR hop', results(1)],
  ['hop OR', results(1)],
  ['hop OR OR dang', results(1)],
  ['AND', message(/no words to search for/)],
  ['NOT', message(/no words to search for/)],
  ['NEAR(hop tac)', results(0)],
  ['NEAR(hop tac, 2)', results(0)],
  ['(hop', results(1)],
  ['hop)', results(1)],
  [')', message(/no words to search for/)],
  ['((()))', message(/no words to search for/)],
  ['title:hop', results(0)], // the words title and hop, not a column filter
  ['body : dang', results(0)],
  ['{title body}: hop', results(0)],
  ['Cần Thơ: hợp tác', results(1)],
  ['^hop', results(1)],
  ['hop + tac', results(1)],
  ["'; DROP TABLE articles; --", results(0)],
  ['SELECT * FROM articles', results(0)],
  ['1=1 OR 1=1', results(0)],
  ['hop\u0000tac', results(0)],
  ['\u0301\u0323', message(/no words to search for/)],
  ['🙂', message(/no words to search for/)],
  ['🙂 hop', results(1)],
  ['hop*tac', results(0)],
  ['"hop" "tac"', results(1)],
  ['"hop tac"* dang', results(0)],
  ['rank:1', results(0)],
  ['hop\ttac\n', results(1)],
  ['a'.repeat(300), results(0)],
  ['x'.repeat(1001), message(/too long/)],
  [Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '), message(/at most 32/)],
  ['“hợp tác quốc tế”', results(2)],
  ['−hop dang', results(1)],
  ['hop -', results(1)],
  ['\\', message(/no words to search for/)],
  ['hop\\', results(1)]
]

describe('malformed queries', () => {
  it('has more than 30 cases', () => expect(CASES.length).toBeGreaterThan(30))

  it.each(CASES)('%j → %j', (query, outcome) => {
    for (const exact of [false, true]) {
      let page: ReturnType<typeof search> | null = null
      let error: unknown = null
      try {
        page = search(fx.archive, { query, exact })
      } catch (e) {
        error = e
      }
      if (outcome.kind === 'message') {
        expect(error).toBeInstanceOf(FolioError)
        expect((error as FolioError).code).toBe('invalid-input')
        expect((error as FolioError).message).toMatch(outcome.pattern)
        expect((error as FolioError).message).not.toMatch(/fts5|syntax error|SQLITE/i)
      } else {
        expect(error).toBeNull()
        if (!exact) expect(page?.total).toBeGreaterThanOrEqual(outcome.atLeast)
      }
      // Find in article must never throw anything but a clear message either.
      try {
        findInArticle(fx.archive, { articleId: fx.id.dangbo, query, exact })
      } catch (e) {
        expect(e).toBeInstanceOf(FolioError)
      }
    }
  })

  it('emits FTS5 syntax only as quoted words', () => {
    for (const [query] of CASES) {
      let q: ReturnType<typeof parseQuery> = null
      try {
        q = parseQuery(query)
      } catch {
        continue
      }
      if (!q) continue
      // Outside quoted strings, only operators, parentheses, * and spaces remain.
      const outside = toFtsMatch(q).replace(/"(?:[^"]|"")*"/g, '')
      expect(outside).toMatch(/^(?:[\s()*]|AND|OR|NOT)*$/)
    }
  })

  it('a blank query with no filters lists every article, newest first', () => {
    const page = search(fx.archive, { query: '   ' })
    expect(page.total).toBe(7)
    expect(page.hits[0].article.publishedAt).toBe('2024-01-02')
  })

  it.each([
    [{ limit: 0 }, /page size/],
    [{ limit: 1000 }, /page size/],
    [{ limit: 2.5 }, /page size/],
    [{ filters: { from: '2020-02-30' } }, /not a date/],
    [{ filters: { to: 'yesterday' } }, /not a date/],
    [{ filters: { from: '2024', to: '2020' } }, /after the end date/],
    [{ filters: { themeIds: [0] } }, /ids/],
    [{ cursor: 'bm90IGpzb24' }, /cursor/]
  ])('bad options %j → one clear message', (extra, pattern) => {
    expect(() => search(fx.archive, { query: 'hop', ...(extra as object) })).toThrow(pattern)
  })
})
