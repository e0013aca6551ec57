// The search key keeps every offset of the text and folds letters the way the FTS5 index does.
import { describe, expect, it } from 'vitest'
import { KEY_MARK, searchKey } from './search-key'

describe('searchKey', () => {
  it.each([
    ['Đảng bộ Cần Thơ', 'dang bo can tho'],
    ['ĐBSCL', 'dbscl'],
    ['Hợp tác “quốc tế”…', 'hop tac #quoc te".'],
    ['COVID-19, năm 2021', 'covid-19, nam 2021'],
    ['a\u00a0b\u2003c\nd', 'a b c\nd'],
    ['Ñandú über Straße', 'nandu uber straße'],
    ['Москва 北京', 'москва 北京']
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key)
  })

  it('keeps the length in UTF-16 code units, marks and surrogate pairs included', () => {
    for (const text of [
      'Đối ngoại và hợp tác',
      'Đối ngoại và hợp tác'.normalize('NFD'),
      'Tin 📰 mới: hợp tác 🤝 vùng',
      '',
      '\u0301 lone mark'
    ]) {
      expect(searchKey(text)).toHaveLength(text.length)
    }
  })

  it('turns the marks of decomposed text into KEY_MARK and folds their letters', () => {
    expect(searchKey('hợp'.normalize('NFD'))).toBe(`ho${KEY_MARK}${KEY_MARK}p`)
  })

  it('leaves surrogate pairs as they are', () => {
    expect(searchKey('a📰b')).toBe('a📰b')
  })

  it('keys every code unit the same inside a Latin-1 key as inside a wider one', () => {
    const wrong: number[] = []
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c)
      const alone = searchKey(ch)
      if (
        alone.length !== 1 ||
        searchKey(`Đa${ch}`) !== `da${alone}` ||
        searchKey(`北${ch}`) !== `北${alone}`
      )
        wrong.push(c)
    }
    expect(wrong).toEqual([])
  })
})
