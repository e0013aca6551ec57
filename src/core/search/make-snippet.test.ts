// Snippets: the passage with the most distinct query terms, cut at sentence or word boundaries.
import { describe, expect, it } from 'vitest'
import { makeSnippet } from './make-snippet'
import { parseQuery } from './query-parse'
import { compileMatcher, findMatches } from './text-matcher'

const FILLER = 'Người dân trong xã tiếp tục sản xuất lúa gạo và nuôi trồng thủy sản quanh năm. '
const BODY =
  FILLER.repeat(4) +
  'Tỉnh ủy bàn về đối ngoại. ' +
  FILLER.repeat(4) +
  'Công tác đối ngoại và hợp tác quốc tế được đẩy mạnh trong năm nay. ' +
  FILLER.repeat(4)

function snippetFor(query: string, body = BODY): ReturnType<typeof makeSnippet> {
  const q = parseQuery(query)
  if (!q) throw new Error('blank')
  return makeSnippet(body, findMatches(compileMatcher(q, false), body))
}

describe('makeSnippet', () => {
  it('prefers the passage holding every query term', () => {
    const s = snippetFor('doi ngoai hop tac')
    expect(s?.text.startsWith('Công tác đối ngoại và hợp tác quốc tế')).toBe(true)
    expect(s?.highlights.map((r) => s.text.slice(r.start, r.end))).toEqual([
      'tác',
      'đối',
      'ngoại',
      'hợp',
      'tác'
    ])
    expect(s?.clippedStart).toBe(true)
    expect(s?.clippedEnd).toBe(true)
  })

  it('points into the body with bodyStart', () => {
    const s = snippetFor('"doi ngoai"')
    expect(s).not.toBeNull()
    if (!s) return
    expect(BODY.slice(s.bodyStart, s.bodyStart + s.text.length)).toBe(s.text)
    expect(s.text.slice(s.highlights[0].start, s.highlights[0].end)).toBe('đối ngoại')
    // The first occurrence wins when passages tie.
    expect(s.text.startsWith('Tỉnh ủy bàn về đối ngoại.')).toBe(true)
  })

  it.each([
    ['a title-only hit shows the start of the body', 'khong co', 0],
    ['a short body is shown whole', 'lua', 0]
  ])('%s', (_name, query, start) => {
    const body = query === 'lua' ? 'Giá lúa tăng.' : BODY
    const s = snippetFor(query, body)
    expect(s?.bodyStart).toBe(start)
    expect(s?.clippedStart).toBe(false)
    expect(s && s.text.length).toBeLessThanOrEqual(260)
  })

  it('cuts at word boundaries', () => {
    const s = snippetFor('thuy san')
    expect(s).not.toBeNull()
    if (!s) return
    const before = BODY[s.bodyStart - 1]
    const after = BODY[s.bodyStart + s.text.length]
    expect(before === undefined || /\s/.test(before)).toBe(true)
    expect(after === undefined || /[\s.]/.test(after)).toBe(true)
  })

  it('an empty body has no snippet', () => {
    expect(makeSnippet('   ', [])).toBeNull()
  })
})

describe('makeSnippet and words side by side', () => {
  it('shows the words where they stand together, not where they are only near each other', () => {
    const body =
      FILLER.repeat(3) +
      'Phối hợp chặt chẽ, tác động lớn, hợp lý và tác giả đồng ý. ' +
      FILLER.repeat(3) +
      'Hai tỉnh ký thỏa thuận hợp tác phát triển. ' +
      FILLER.repeat(3)
    // the scattered passage has more matches (4 against 2), which alone would pick it
    const s = snippetFor('hop tac', body)
    expect(s?.text).toContain('thỏa thuận hợp tác')
    expect(s?.highlights).toHaveLength(2)
  })
})
