import { describe, expect, it } from 'vitest'
import { fitLine } from './fit-line'

// One unit per code unit, so widths are easy to check by hand.
const measure = (s: string): number => s.length

describe('fitLine', () => {
  it('keeps a text that fits', () => {
    expect(fitLine('Liên kết vùng', 13, measure)).toBe('Liên kết vùng')
  })

  it('cuts to the longest prefix that fits with the ellipsis, without trailing spaces', () => {
    const fitted = fitLine('Đối ngoại và hợp tác quốc tế', 12, measure)
    expect(fitted).toBe('Đối ngoại v…')
    expect(measure(fitted)).toBeLessThanOrEqual(12)
  })

  it('is as long as possible for every width', () => {
    const text = 'Phương hướng phát triển vùng Đồng bằng sông Cửu Long '.repeat(100).trim()
    for (const width of [2, 17, 80, 333, 1000]) {
      const fitted = fitLine(text, width, measure)
      expect(measure(fitted)).toBeLessThanOrEqual(width)
      const cut = fitted.length - 1
      expect(text.startsWith(fitted.slice(0, cut))).toBe(true)
      // one more character (and whatever spaces it brings) would no longer fit
      expect(measure(text.slice(0, cut + 1).trimEnd() + '…')).toBeGreaterThan(width)
    }
  })

  it('keeps at least one character, and never splits an emoji', () => {
    expect(fitLine('Cần Thơ', 1, measure)).toBe('C…')
    expect(fitLine('a😀😀😀', 4, measure)).toBe('a😀…')
  })
})
