// Paragraph and sentence units with the heading each sits under.
import { describe, expect, it } from 'vitest'
import { assembleBlocks } from '../text/model'
import { textUnits } from './text-units'

const { body, blocks } = assembleBlocks([
  { kind: 'heading', text: 'Phương hướng' },
  { kind: 'paragraph', text: 'Thứ nhất, liên kết với TP. Hồ Chí Minh. Thứ hai, mở rộng hợp tác quốc tế!' }
])

describe('textUnits', () => {
  it('gives each paragraph with its heading, never the heading itself', () => {
    const units = textUnits(body, blocks, 'paragraph')
    expect(units.map((u) => body.slice(u.start, u.end))).toEqual([body.slice(blocks[1].start, blocks[1].end)])
    expect(body.slice(units[0].heading!.start, units[0].heading!.end)).toBe('Phương hướng')
  })

  it('splits sentences without breaking after an abbreviation like "TP."', () => {
    const units = textUnits(body, blocks, 'sentence')
    expect(units.map((u) => body.slice(u.start, u.end))).toEqual([
      'Thứ nhất, liên kết với TP. Hồ Chí Minh.',
      'Thứ hai, mở rộng hợp tác quốc tế!'
    ])
  })

  it('falls back to blank-line paragraphs when an article has no blocks', () => {
    const text = 'Đoạn một.\n\nĐoạn hai\ncòn tiếp.'
    expect(textUnits(text, [], 'paragraph').map((u) => text.slice(u.start, u.end))).toEqual([
      'Đoạn một.',
      'Đoạn hai\ncòn tiếp.'
    ])
  })
})
