// The content hash is blind to spacing: every run of white space counts as one space.
import { describe, expect, it } from 'vitest'
import { contentHash } from './content-hash'

describe('contentHash', () => {
  it('treats every run of white space, of any kind, as one space', () => {
    let spaces = ''
    for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) spaces += String.fromCharCode(c)
    const base = contentHash('Tiêu đề', 'một hai ba')
    for (const s of spaces) {
      expect(contentHash('Tiêu đề', `một${s}hai${s}${s} ${s}ba`)).toBe(base)
      expect(contentHash(`Tiêu${s}đề`, 'một hai ba')).toBe(base)
    }
    expect(contentHash('Tiêu  đề', ' một \n\n hai\tba ')).toBe(base)
  })

  it('still tells texts apart that differ in more than spacing', () => {
    expect(contentHash('Tiêu đề', 'một hai ba')).not.toBe(contentHash('Tiêu đề', 'một haiba'))
    expect(contentHash('Tiêu đề', 'một hai ba')).toBe(contentHash('TIÊU ĐỀ', 'Một Hai Ba'))
  })
})
