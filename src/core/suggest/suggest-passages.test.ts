// Suggested passages on a three-section article: each section's theme is suggested there, headings
// count as evidence, and accept/reject/ignore behave as a reviewer expects.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { listPassages } from '../passages/passage-store'
import { addArticle, openTestArchive, SECTIONED_PIECES } from '../passages/test-archive'
import { setThemeKeywords } from '../themes/theme-edit'
import { listThemes } from '../themes/theme-store'
import { acceptSuggestion, acceptSuggestions, rejectSuggestion } from './suggestion-actions'
import { suggestPassages } from './suggest-passages'

let archive: Archive
let article: number
let ids: { regional: number; foreign: number; outlook: number }

beforeEach(() => {
  archive = openTestArchive()
  article = addArticle(archive)
  const [regional, foreign, outlook] = listThemes(archive).map((t) => t.id)
  ids = { regional, foreign, outlook }
})
afterEach(() => archive.close())

/** 0 for the lede, then 1, 2, 3 for the sections under each heading. */
function sectionOf(start: number): number {
  return getArticle(archive, article).blocks.filter((b) => b.kind === 'heading' && b.start < start).length
}

describe('suggestPassages', () => {
  it.each(['paragraph', 'sentence'] as const)(
    'suggests each section under its matching theme (%s units)',
    (unit) => {
      const s = suggestPassages(archive, article, { unit })
      const inSection = (section: number, themeId: number): number =>
        s.filter((x) => sectionOf(x.start) === section && x.themeId === themeId).length
      expect(inSection(1, ids.regional)).toBeGreaterThanOrEqual(1)
      expect(inSection(2, ids.foreign)).toBeGreaterThanOrEqual(1)
      expect(inSection(3, ids.outlook)).toBeGreaterThanOrEqual(1)
      const body = getArticle(archive, article).body
      for (const x of s) {
        expect(body.slice(x.start, x.end)).toBe(x.exact)
        expect(x.score).toBeGreaterThan(0)
        expect(x.score).toBeLessThan(1)
        for (const t of x.triggers) expect(body.slice(t.start, t.end)).toBe(t.text)
      }
    }
  )

  it('expands to the whole paragraph or to the sentence', () => {
    const para = suggestPassages(archive, article).find(
      (x) => x.themeId === ids.foreign && sectionOf(x.start) === 2
    )
    expect(para?.exact).toBe(SECTIONED_PIECES[5].text)
    const sentence = suggestPassages(archive, article, { unit: 'sentence' }).find((x) =>
      x.exact.startsWith('Thứ nhất')
    )
    expect(sentence?.exact).toBe(SECTIONED_PIECES[8].text)
  })

  it('reports the trigger words as written in the article, diacritics and all', () => {
    setThemeKeywords(archive, ids.regional, ['dbscl', 'dong bang song cuu long', 'quy hoach vung'])
    const s = suggestPassages(archive, article).find(
      (x) => x.themeId === ids.regional && sectionOf(x.start) === 1
    )
    expect(s?.triggers.map((t) => t.text)).toEqual(['Đồng bằng sông Cửu Long', 'quy hoạch vùng'])
  })

  it('counts a section heading that names the theme as evidence', () => {
    // "Thứ hai" alone is too weak; under "Phương hướng trong thời gian tới" it becomes an Outlook suggestion.
    const s = suggestPassages(archive, article).find((x) => x.exact.startsWith('Thứ hai'))
    expect(s).toMatchObject({ themeId: ids.outlook, heading: 'Phương hướng trong thời gian tới' })
    const other = addArticle(archive, 'Bài không có mục', [
      { kind: 'heading', text: 'Tin vắn' },
      { kind: 'paragraph', text: SECTIONED_PIECES[9].text }
    ])
    expect(suggestPassages(archive, other)).toEqual([])
  })

  it('never suggests a rejected range again; an ignored one comes back', () => {
    const first = suggestPassages(archive, article)
    const target = first.find((x) => x.themeId === ids.foreign && sectionOf(x.start) === 2)!
    rejectSuggestion(archive, target)
    const again = suggestPassages(archive, article)
    expect(again.map((x) => x.id)).not.toContain(target.id)
    expect(again).toHaveLength(first.length - 1)
  })

  it('accepting makes a passage and the suggestion is not offered again', () => {
    const target = suggestPassages(archive, article).find((x) => x.themeId === ids.outlook)!
    const p = acceptSuggestion(archive, target)
    expect(p).toMatchObject({ start: target.start, end: target.end, themeIds: [ids.outlook] })
    expect(suggestPassages(archive, article).map((x) => x.id)).not.toContain(target.id)
  })

  it('accepting all puts suggestions for the same paragraph in one passage with both themes', () => {
    const all = suggestPassages(archive, article)
    const passages = acceptSuggestions(archive, all)
    const ranges = new Set(all.map((x) => `${x.start}:${x.end}`))
    expect(passages).toHaveLength(ranges.size)
    const lede = listPassages(archive).find((p) => p.start === 0)
    expect(lede?.themeIds).toEqual([ids.regional, ids.foreign])
    expect(suggestPassages(archive, article)).toEqual([])
  })
})
