// A theme's Vietnamese name and keywords survive the trip through a REFI-QDA code description.
import { describe, expect, it } from 'vitest'
import { decodeThemeDescription, encodeThemeDescription, type ThemeDetails } from './theme-details'

const CASES: ThemeDetails[] = [
  { description: 'Hợp tác giữa các tỉnh.', nameVi: 'Liên kết vùng', keywords: ['liên kết', 'ĐBSCL'] },
  { description: '', nameVi: 'Đối ngoại', keywords: [] },
  { description: 'Hai dòng\n\nvới khoảng trống', nameVi: null, keywords: ['a; b', 'c'] },
  { description: 'Chỉ mô tả', nameVi: null, keywords: [] },
  { description: '', nameVi: null, keywords: [] }
]

describe('theme details in a code description', () => {
  it.each(CASES)('round-trips %j', (d) => {
    expect(decodeThemeDescription(encodeThemeDescription(d))).toEqual(d)
  })

  it('reads a description written by another tool as plain description', () => {
    expect(decodeThemeDescription('Codes about the economy.\nSee also: trade')).toEqual({
      description: 'Codes about the economy.\nSee also: trade',
      nameVi: null,
      keywords: []
    })
  })
})
