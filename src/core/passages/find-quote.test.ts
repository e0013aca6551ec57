// Selecting a passage by its words: exact first, then ignoring accents, case and spacing.
import { describe, expect, it } from 'vitest'
import { FolioError } from '../errors'
import { findQuote } from './find-quote'

const BODY = 'Đối ngoại và hội nhập quốc tế.\n\nTỉnh đẩy mạnh  hội nhập quốc tế trong giai đoạn mới.'

describe('findQuote', () => {
  it('finds the exact words', () => {
    const f = findQuote(BODY, 'giai đoạn mới')
    expect(BODY.slice(f.start, f.end)).toBe('giai đoạn mới')
    expect(f.match).toBe('exact')
  })

  it('finds the words typed without accents, in another case, with other spacing', () => {
    const f = findQuote(BODY, 'DAY MANH hoi nhap')
    expect(BODY.slice(f.start, f.end)).toBe('đẩy mạnh  hội nhập')
    expect(f.match).toBe('loose')
    const g = findQuote(BODY, 'doi ngoai')
    expect(BODY.slice(g.start, g.end)).toBe('Đối ngoại')
  })

  it('asks which occurrence when the words occur twice, and takes the one given', () => {
    expect(() => findQuote(BODY, 'hội nhập quốc tế')).toThrow(/occurs 2 times/)
    const f = findQuote(BODY, 'hội nhập quốc tế', 2)
    expect(f.start).toBe(BODY.lastIndexOf('hội nhập quốc tế'))
    expect(() => findQuote(BODY, 'hội nhập quốc tế', 3)).toThrow(FolioError)
  })

  it('says plainly when the words are not there or empty', () => {
    expect(() => findQuote(BODY, 'biến đổi khí hậu')).toThrow(/is not in the article/)
    expect(() => findQuote(BODY, '   ')).toThrow(/empty/)
  })
})
