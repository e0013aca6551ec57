// Normalising a body with blocks keeps every block on the same words.
import { describe, expect, it } from 'vitest'
import { normalizeBodyAndBlocks } from './normalize'

describe('normalizeBodyAndBlocks', () => {
  it('keeps blocks on their text when controls, CRLF and NFD are removed', () => {
    const first = 'Tie\u0302u \u0111e\u0300\u0302'.normalize('NFD')
    const second = 'Đoạn\u0007 hai\r\ncó dấu'
    const body = `${first}\r\n\r\n${second}`
    const blocks = [
      { kind: 'heading', start: 0, end: first.length },
      { kind: 'paragraph', start: first.length + 4, end: body.length }
    ]
    const out = normalizeBodyAndBlocks(body, blocks)
    expect(out.body).toBe(out.body.normalize('NFC'))
    expect(out.blocks.map((b) => out.body.slice(b.start, b.end))).toEqual([
      first.normalize('NFC'),
      'Đoạn hai\ncó dấu'
    ])
  })

  it('returns the same objects when nothing changes', () => {
    const blocks = [{ start: 0, end: 4 }]
    expect(normalizeBodyAndBlocks('Xin chào', blocks).blocks).toBe(blocks)
  })
})
