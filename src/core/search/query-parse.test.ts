// The query language as people type it, read into the AST and emitted as quoted FTS5 terms.
import { describe, expect, it } from 'vitest'
import { describeQuery } from './query-ast'
import { toFtsMatch } from './query-fts'
import { parseQuery } from './query-parse'

function read(input: string): string {
  const q = parseQuery(input)
  return q ? describeQuery(q) : '(blank)'
}

describe('parseQuery', () => {
  it.each([
    ['dang bo', 'dang bo'],
    ['Đảng  Bộ', 'đảng bộ'],
    ['"hợp tác quốc tế"', '"hợp tác quốc tế"'],
    ['“hợp tác” quốc', '"hợp tác" quốc'],
    ['hợp*', 'hợp*'],
    ['"hợp tá"*', '"hợp tá"*'],
    ['hợp -hộp', 'hợp -hộp'],
    ['hợp -"hộp quà"', 'hợp -"hộp quà"'],
    ['hộp OR họp', 'hộp OR họp'],
    ['a1 OR b2 OR c3 d4', 'a1 OR b2 OR c3 d4'],
    ['hop or tac', 'hop or tac'],
    ['NOT hộp hợp', 'hợp -hộp'],
    ['covid-19', '"covid 19"'],
    ['NEAR(hop tac)', 'near hop tac'],
    ['title:hop', 'title hop'],
    ['Cần Thơ: hợp tác', 'cần thơ hợp tác'],
    ['"unbalanced phrase', 'unbalanced phrase'],
    ['   ', '(blank)']
  ])('%j reads as %j', (input, expected) => {
    expect(read(input)).toBe(expected)
  })

  it('normalises NFD input to NFC', () => {
    expect(read('hợp tác'.normalize('NFD'))).toBe('hợp tác')
  })

  it.each([
    ['dang bo', '"dang" AND "bo"'],
    ['Đảng', '"dảng"'],
    ['"hợp tác"', '"hợp tác"'],
    ['hợp*', '"hợp" *'],
    ['a1 OR b2 c3', '("a1" OR "b2") AND "c3"'],
    ['hợp -hộp', '("hợp") NOT "hộp"'],
    ['x" OR "y', '"x" AND "or" AND "y"']
  ])('%j becomes FTS5 %j', (input, fts) => {
    const q = parseQuery(input)
    expect(q && toFtsMatch(q)).toBe(fts)
  })

  it('leaves exclusions out of the FTS5 prefilter in exact mode', () => {
    const q = parseQuery('hợp -hộp')
    expect(q && toFtsMatch(q, false)).toBe('"hợp"')
  })
})
