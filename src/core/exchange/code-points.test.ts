// Code points against UTF-16 units, on text where they differ (emoji, flags, mathematical letters).
import { describe, expect, it } from 'vitest'
import {
  codePointLength,
  codePointTable,
  codePointToUtf16,
  offsetTable,
  utf16ToCodePoint
} from './code-points'

const CASES: { text: string; utf16: number; points: number }[] = [
  { text: 'Cần Thơ', utf16: 7, points: 7 },
  { text: '🌾 lúa', utf16: 2, points: 1 },
  { text: '🌾 lúa', utf16: 6, points: 5 },
  { text: 'Nhật Bản 🇯🇵!', utf16: 13, points: 11 },
  { text: '𝒯𝒽ơ', utf16: 5, points: 3 },
  { text: 'a😀b😀c', utf16: 6, points: 4 }
]

describe('code points', () => {
  it.each(CASES)('$text: UTF-16 $utf16 is code point $points, and back', ({ text, utf16, points }) => {
    expect(utf16ToCodePoint(text, utf16)).toBe(points)
    expect(codePointToUtf16(text, points)).toBe(utf16)
    expect(codePointTable(text)(utf16)).toBe(points)
    expect(offsetTable(text).toUtf16(points)).toBe(utf16)
    // What a code-point based tool (Python, NVivo) sees at that position.
    expect([...text].slice(0, points).join('')).toBe(text.slice(0, utf16))
  })

  it('counts a non-BMP character once', () => {
    const text = 'Cần Thơ 🌾 𝒯𝒽ơ'
    expect(text.length).toBe(16)
    expect(codePointLength(text)).toBe(13)
    expect(offsetTable(text).length).toBe(13)
  })

  it('refuses an offset inside a surrogate pair', () => {
    expect(() => utf16ToCodePoint('a🌾b', 2)).toThrow(/outside the Basic Multilingual Plane/)
    expect(() => codePointTable('a🌾b')(2)).toThrow(/not a character boundary/)
  })

  it('reports positions past the end as missing, never clamps them', () => {
    expect(codePointToUtf16('🌾🌾', 3)).toBeNull()
    expect(offsetTable('🌾🌾').toUtf16(3)).toBeNull()
    expect(offsetTable('🌾🌾').toUtf16(-1)).toBeNull()
    expect(() => utf16ToCodePoint('ab', 3)).toThrow(RangeError)
  })
})
