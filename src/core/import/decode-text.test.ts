import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { decodeText } from './decode-text'

const VI = 'Cần Thơ đẩy mạnh liên kết vùng với các tỉnh Đồng bằng sông Cửu Long, mở rộng hợp tác đối ngoại.'
/** Windows-1258 writes the tone as a separate combining mark after a (possibly modified) vowel. */
const cp1258 = (s: string): Buffer =>
  iconv.encode(
    [...s]
      .map((c) => {
        const d = c.normalize('NFD')
        const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? ''
        return d.replace(tone, '').normalize('NFC') + tone
      })
      .join(''),
    'windows1258'
  )
const utf16 = (s: string, be = false): Buffer => {
  const le = Buffer.from(s, 'utf16le')
  return be ? Buffer.from(le).swap16() : le
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(VI, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI)]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(VI)]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(VI, true)]), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(VI), 'utf-16le'],
    ['UTF-16BE without BOM', utf16(VI, true), 'utf-16be'],
    ['Windows-1258 (combining tone marks)', cp1258(VI), 'windows-1258'],
    ['TCVN3', iconv.encode(VI, 'tcvn'), 'tcvn3']
  ])('reads %s as the same NFC text', (_name, bytes, encoding) => {
    const d = decodeText(bytes)
    expect(d.text).toBe(VI)
    expect(d.text).toBe(d.text.normalize('NFC'))
    expect(d.encoding).toBe(encoding)
  })

  it('reads VNI bytes', () => {
    const vni = Buffer.from(
      'Tieáng Vieät laø ngoân ngöõ cuûa ngöôøi Vieät Nam, ñaây laø ñieàu hieån nhieân.',
      'latin1'
    )
    const d = decodeText(vni)
    expect(d.text).toBe('Tiếng Việt là ngôn ngữ của người Việt Nam, đây là điều hiển nhiên.')
    expect(d.encoding).toBe('vni')
  })

  it('repairs VNI text shown as Latin-1 inside a UTF-8 file, leaving French alone', () => {
    const text = 'Tin mới: Cần Thơ\nTieáng Vieät laø ngoân ngöõ cuûa ngöôøi Vieät Nam.\nNoël, où il a été.'
    const d = decodeText(Buffer.from(text, 'utf8'))
    expect(d.text).toBe('Tin mới: Cần Thơ\nTiếng Việt là ngôn ngữ của người Việt Nam.\nNoël, où il a été.')
    expect(d.encoding).toBe('utf-8+vni')
  })

  it('obeys a forced encoding and names unknown ones', () => {
    const bytes = cp1258(VI)
    expect(decodeText(bytes, 'windows-1258').text).toBe(VI)
    expect(decodeText(iconv.encode(VI, 'tcvn'), 'TCVN3').encoding).toBe('tcvn3')
    expect(() => decodeText(bytes, 'klingon')).toThrow(/Unknown encoding "klingon"/)
  })

  it('refuses invalid bytes in a file that claims UTF-8 with one line', () => {
    const bad = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Xin chào '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' bạn')
    ])
    expect(() => decodeText(bad)).toThrow(/not valid UTF-8 .*byte 13 /)
    const damaged = Buffer.concat([
      Buffer.from('Thành phố Cần Thơ, Việt Nam '),
      Buffer.from([0xff]),
      Buffer.from(' hợp tác')
    ])
    expect(() => decodeText(damaged, undefined, { declared: 'utf-8' })).toThrow(/UTF-8 with invalid bytes/)
  })

  it('prefers valid UTF-8 over a wrong declared charset (the qq case)', () => {
    const d = decodeText(Buffer.from('宇航员在太空中喝酒 — Cần Thơ', 'utf8'), undefined, {
      declared: 'gb2312'
    })
    expect(d.text).toBe('宇航员在太空中喝酒 — Cần Thơ')
  })

  it('uses a declared legacy charset when the bytes are not UTF-8', () => {
    const d = decodeText(iconv.encode('Привет, мир', 'windows1251'), undefined, { declared: 'windows-1251' })
    expect(d.text).toBe('Привет, мир')
  })
})
