import { describe, expect, it } from 'vitest'
import { breakLines, rangeOnLine } from './text-layout'

// One unit per character: easy to reason about, same rules as real metrics.
const measure = (s: string): number => s.length

describe('breakLines', () => {
  it.each([
    ['Trong hai mươi năm qua thành phố đã phối hợp', 12],
    ['một hai ba bốn năm sáu bảy tám chín mười', 9],
    ['word', 10]
  ])('never overflows, never loses a word: %s', (text, width) => {
    const lines = breakLines(text, width, measure)
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(width)
    expect(lines.map((l) => text.slice(l.start, l.end)).join(' ')).toBe(text)
  })

  it('cuts a word wider than the line, and breaks at newlines', () => {
    const lines = breakLines('https://example.org/rất-dài ok\nxong', 10, measure)
    expect(lines.map((l) => l.width)).toEqual([10, 10, 10, 4])
    expect(lines.at(-1)).toMatchObject({ start: 31, end: 35 })
  })

  it('measures where a range starts and ends on each line', () => {
    const text = 'Cần Thơ hợp tác liên kết vùng'
    const lines = breakLines(text, 16, measure)
    const start = text.indexOf('hợp')
    const end = text.indexOf('vùng') + 4
    const parts = lines.map((l) => rangeOnLine(text, l, start, end, measure)).filter(Boolean)
    expect(parts).toHaveLength(2)
    expect(parts[0]).toMatchObject({ x0: 8 })
    expect(text.slice(parts[1]!.start, parts[1]!.end)).toBe('liên kết vùng')
  })
})
