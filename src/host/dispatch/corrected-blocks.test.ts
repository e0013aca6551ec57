// A corrected text keeps its block kinds when its paragraphs line up, else becomes paragraphs.
import { describe, expect, it } from 'vitest'
import { blocksForCorrectedBody } from './corrected-blocks'

describe('blocks for a corrected body', () => {
  const previous = [
    { kind: 'heading' as const, start: 0, end: 7, level: 2 },
    { kind: 'paragraph' as const, start: 9, end: 20 }
  ]

  it('keeps the kinds when the number of pieces is unchanged', () => {
    const body = 'Cần Thơ\n\nHợp tác vùng nay.'
    expect(blocksForCorrectedBody(body, previous)).toEqual([
      { kind: 'heading', start: 0, end: 7, level: 2 },
      { kind: 'paragraph', start: 9, end: body.length }
    ])
  })

  it('falls back to paragraphs when pieces were added or removed, with exact offsets', () => {
    const body = 'Một.\n\nHai.\n \nBa.  '
    const blocks = blocksForCorrectedBody(body, previous)
    expect(blocks.map((b) => body.slice(b.start, b.end))).toEqual(['Một.', 'Hai.', 'Ba.'])
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true)
  })
})
