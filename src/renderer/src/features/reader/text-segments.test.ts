// Segmenting an article for the reader: blocks, passage edges and overlaps.
import { describe, expect, it } from 'vitest'
import { blocksOrParagraphs, findAll, segmentArticle, segmentBlock } from './text-segments'

const body = 'Tiêu đề\n\nĐoạn một nói về đối ngoại.\n\nĐoạn hai.'

describe('segmentBlock', () => {
  it('returns the whole block when no passage touches it', () => {
    expect(segmentBlock({ kind: 'paragraph', start: 9, end: 35 }, [])).toEqual([
      { start: 9, end: 35, ids: [] }
    ])
  })

  it('cuts at passage edges and keeps overlaps as segments covered by both', () => {
    const segs = segmentBlock({ kind: 'paragraph', start: 0, end: 20 }, [
      { id: 1, start: 2, end: 10 },
      { id: 2, start: 6, end: 15 }
    ])
    expect(segs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: [1] },
      { start: 6, end: 10, ids: [1, 2] },
      { start: 10, end: 15, ids: [2] },
      { start: 15, end: 20, ids: [] }
    ])
  })

  it('clips a passage that spans two blocks to each block', () => {
    const result = segmentArticle(
      body,
      [
        { kind: 'heading', start: 0, end: 7 },
        { kind: 'paragraph', start: 9, end: 35 }
      ],
      [{ id: 7, start: 4, end: 14 }]
    )
    expect(result[0].segments).toEqual([
      { start: 0, end: 4, ids: [] },
      { start: 4, end: 7, ids: [7] }
    ])
    expect(result[1].segments[0]).toEqual({ start: 9, end: 14, ids: [7] })
  })
})

describe('blocksOrParagraphs', () => {
  it('falls back to blank-line paragraphs when an article has no blocks', () => {
    expect(blocksOrParagraphs(body, []).map((b) => body.slice(b.start, b.end))).toEqual([
      'Tiêu đề',
      'Đoạn một nói về đối ngoại.',
      'Đoạn hai.'
    ])
  })

  it('drops blocks that fall outside the body', () => {
    expect(blocksOrParagraphs('abc', [{ kind: 'paragraph', start: 0, end: 99 }])).toHaveLength(1)
  })
})

describe('findAll', () => {
  it('finds every occurrence without overlapping', () => {
    expect(findAll('doi ngoai va doi ngoai', 'doi ngoai')).toEqual([
      { start: 0, end: 9 },
      { start: 13, end: 22 }
    ])
  })
})
