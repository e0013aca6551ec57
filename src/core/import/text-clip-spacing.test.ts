// The text-clip extractor puts each paragraph on one line with single spaces, whatever spacing the
// clip had: tabs, no-break spaces, runs of spaces, line breaks inside a paragraph, spaces at the ends.
import { describe, expect, it } from 'vitest'
import { extractTextClip } from './text-clip'

const paragraphs = (clip: string): string[] => {
  const d = extractTextClip(clip)
  return d.blocks.map((b) => d.body.slice(b.start, b.end))
}

describe('text-clip spacing', () => {
  it('leaves single-spaced paragraphs as they are', () => {
    expect(paragraphs('Tiêu đề bài\n\nĐoạn một có dấu câu.\n\nĐoạn hai cũng vậy.\n')).toEqual([
      'Đoạn một có dấu câu.',
      'Đoạn hai cũng vậy.'
    ])
  })

  it('collapses tabs, no-break spaces and runs of spaces, and trims each paragraph', () => {
    const clip = [
      'Tiêu đề bài',
      '',
      '  Đoạn\tmột  có\u00A0\u00A0dấu câu.  ',
      '',
      'Đoạn \t hai\u00A0cũng vậy.',
      '',
      '\u00A0Đoạn ba ở đây.\t'
    ].join('\n')
    expect(paragraphs(clip)).toEqual(['Đoạn một có dấu câu.', 'Đoạn hai cũng vậy.', 'Đoạn ba ở đây.'])
  })

  it('joins the lines of a paragraph with one space, also where a line ends or starts with one', () => {
    const clip = 'Tiêu đề bài\n\nDòng một \nDòng hai\n dòng ba.\n\nĐoạn sau\ncó hai dòng.\n'
    expect(paragraphs(clip)).toEqual(['Dòng một Dòng hai dòng ba.', 'Đoạn sau có hai dòng.'])
  })
})
