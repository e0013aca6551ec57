// The dashboard's numbers over a small archive whose answers are known by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { addToCollection, createCollection } from '../collections/collection-store'
import { createPassage } from '../passages/passage-write'
import { addArticle, openTestArchive, rangeOf } from '../passages/test-archive'
import { createTheme } from '../themes/theme-edit'
import { listThemes } from '../themes/theme-store'
import { archiveStats } from './archive-stats'
import { themeCooccurrence } from './co-occurrence'
import { articleCoverage } from './coverage'
import {
  passagesPerTheme,
  passagesPerThemeByArticle,
  passagesPerThemeByMonth,
  passagesPerThemeBySource
} from './theme-counts'
import { listThemePassages } from './theme-passages'

let archive: Archive
let a1: number
let a2: number
let t: { regional: number; foreign: number; outlook: number; sub: number }

function tag(article: number, text: string, themeIds: number[], note = ''): number {
  return createPassage(archive, { articleId: article, ...rangeOf(archive, article, text), themeIds, note }).id
}

beforeEach(() => {
  archive = openTestArchive()
  const [regional, foreign, outlook] = listThemes(archive).map((x) => x.id)
  const sub = createTheme(archive, { name: 'Mekong', parentId: regional }).id
  t = { regional, foreign, outlook, sub }
  a1 = addArticle(archive, undefined, undefined, { source: 'Báo Vĩnh Long', publishedAt: '2024-03-05' })
  a2 = addArticle(
    archive,
    'Cần Thơ mở rộng hợp tác',
    [{ kind: 'paragraph', text: 'Cần Thơ ký kết hợp tác với đối tác Nhật Bản về nông nghiệp.' }],
    {
      source: 'Báo Cần Thơ',
      publishedAt: '2024-04-20'
    }
  )
  // Article 1: a passage with two themes, an overlapping one, and a separate Outlook one.
  tag(a1, 'hợp tác liên kết vùng và đối ngoại', [t.regional, t.foreign], 'mở bài')
  tag(a1, 'liên kết vùng', [t.sub])
  tag(a1, 'Thứ hai, tỉnh đẩy mạnh cải cách hành chính', [t.outlook])
  // Article 2: Foreign affairs only.
  tag(a2, 'ký kết hợp tác với đối tác Nhật Bản', [t.foreign])
})
afterEach(() => archive.close())

describe('passages per theme', () => {
  it('counts per theme across the archive, with sub-themes rolled up', () => {
    const byId = new Map(passagesPerTheme(archive).map((c) => [c.themeId, c]))
    expect(byId.get(t.regional)).toMatchObject({ passages: 1, articles: 1, passagesWithSubThemes: 2 })
    expect(byId.get(t.foreign)).toMatchObject({ passages: 2, articles: 2, passagesWithSubThemes: 2 })
    expect(byId.get(t.outlook)?.passages).toBe(1)
    expect(byId.get(t.sub)).toMatchObject({ passages: 1, parentId: t.regional })
  })

  it('counts per source, per month, per article and within a collection', () => {
    expect(passagesPerThemeBySource(archive).filter((r) => r.themeId === t.foreign)).toEqual([
      { source: 'Báo Cần Thơ', themeId: t.foreign, passages: 1 },
      { source: 'Báo Vĩnh Long', themeId: t.foreign, passages: 1 }
    ])
    expect(
      passagesPerThemeByMonth(archive)
        .filter((r) => r.themeId === t.foreign)
        .map((r) => r.month)
    ).toEqual(['2024-03', '2024-04'])
    expect(passagesPerThemeByArticle(archive).filter((r) => r.articleId === a2)).toEqual([
      { articleId: a2, title: 'Cần Thơ mở rộng hợp tác', themeId: t.foreign, passages: 1 }
    ])
    const c = createCollection(archive, 'Cần Thơ')
    addToCollection(archive, c.id, [a2])
    const inCollection = passagesPerTheme(archive, { collectionId: c.id }).filter((x) => x.passages > 0)
    expect(inCollection.map((x) => x.themeId)).toEqual([t.foreign])
    expect(
      passagesPerTheme(archive, { from: '2024-04', to: '2024-04' }).find((x) => x.themeId === t.outlook)
        ?.passages
    ).toBe(0)
  })
})

describe('co-occurrence', () => {
  it('pairs themes on overlapping passages and in the same article', () => {
    const rows = themeCooccurrence(archive)
    const pair = (x: number, y: number) =>
      rows.find((r) => r.themeA === Math.min(x, y) && r.themeB === Math.max(x, y))
    // One passage with both themes: one overlapping pair, one article.
    expect(pair(t.regional, t.foreign)).toEqual(expect.objectContaining({ overlapping: 1, sameArticle: 1 }))
    // "liên kết vùng" (Mekong) lies inside the two-theme passage.
    expect(pair(t.sub, t.foreign)).toEqual(expect.objectContaining({ overlapping: 1, sameArticle: 1 }))
    // Outlook is in the same article but overlaps nothing.
    expect(pair(t.outlook, t.foreign)).toEqual(expect.objectContaining({ overlapping: 0, sameArticle: 1 }))
  })
})

describe('coverage', () => {
  it("gives each theme's share of the article's text, counting overlaps once", () => {
    const cov = articleCoverage(archive, a2)
    const chars = 'Cần Thơ ký kết hợp tác với đối tác Nhật Bản về nông nghiệp.'.replace(/\s/g, '').length
    const tagged = 'ký kết hợp tác với đối tác Nhật Bản'.replace(/\s/g, '').length
    expect(cov.chars).toBe(chars)
    expect(cov.themes).toEqual([{ themeId: t.foreign, chars: tagged, share: tagged / chars }])
    const cov1 = articleCoverage(archive, a1)
    const regional = cov1.themes.find((x) => x.themeId === t.regional)!
    const sub = cov1.themes.find((x) => x.themeId === t.sub)!
    expect(sub.chars).toBeLessThan(regional.chars)
    expect(cov1.anyTheme.chars).toBe(regional.chars + 'Thứhai,tỉnhđẩymạnhcảicáchhànhchính'.length)
  })
})

describe('passages of a theme with citations, and stats', () => {
  it('lists a theme’s passages (sub-themes included) with their article citation in date order', () => {
    const list = listThemePassages(archive, t.regional)
    expect(list.map((p) => p.exact)).toEqual(['hợp tác liên kết vùng và đối ngoại', 'liên kết vùng'])
    expect(list[0].citation).toMatchObject({
      articleId: a1,
      title: 'Vĩnh Long: Kết quả hợp tác năm 2024',
      source: 'Báo Vĩnh Long',
      publishedAt: '2024-03-05'
    })
    expect(list[0].note).toBe('mở bài')
    expect(listThemePassages(archive, t.regional, { includeSubThemes: false })).toHaveLength(1)
    expect(listThemePassages(archive, t.foreign).map((p) => p.articleId)).toEqual([a1, a2])
  })

  it('sums the archive', () => {
    expect(archiveStats(archive)).toMatchObject({
      articles: 2,
      passages: 4,
      anchored: 4,
      orphans: 0,
      untagged: 0
    })
  })
})
