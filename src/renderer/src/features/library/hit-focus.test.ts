import { describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../../shared/api'
import { hitFocus } from './hit-focus'

function hit(text: string, words: string[], bodyStart = 100): SearchHit {
  const highlights = []
  let from = 0
  for (const w of words) {
    const start = text.indexOf(w, from)
    highlights.push({ start, end: start + w.length })
    from = start + w.length
  }
  return {
    article: {} as SearchHit['article'],
    score: 1,
    titleHighlights: [],
    snippet: { text, highlights, bodyStart, clippedStart: true, clippedEnd: true }
  }
}

describe('hitFocus', () => {
  it('opens on the words standing together, not on the lone first match', () => {
    const text = 'quan trọng đối với thành phố; công tác đối ngoại được đẩy mạnh'
    const focus = hitFocus(hit(text, ['đối', 'đối', 'ngoại']))
    expect(focus).toEqual({
      start: 100 + text.indexOf('đối ngoại'),
      end: 100 + text.indexOf('đối ngoại') + 9
    })
  })

  it('opens on the first match when none stand together, and on nothing without a snippet', () => {
    const text = 'phối hợp chặt chẽ, tác động lớn'
    expect(hitFocus(hit(text, ['hợp', 'tác']))).toEqual({ start: 105, end: 108 })
    expect(hitFocus({ ...hit(text, []), snippet: null })).toBeNull()
    expect(hitFocus(hit(text, []))).toBeNull()
  })
})
