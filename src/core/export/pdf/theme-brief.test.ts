import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Archive } from '../../archive'
import { addArticle, fillBriefArchive, openFixtureArchive, themeIds } from '../test-fixture'
import { exportThemeBrief } from './theme-brief'
import { collapseSpaces, readPdf } from './read-pdf'

let archive: Archive
beforeAll(() => {
  archive = openFixtureArchive()
  fillBriefArchive(archive, 200, 5)
})
afterAll(() => archive.close())

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('exportThemeBrief', () => {
  it('renders 200 articles and 1,000 passages with a contents page whose numbers point at the chapters', async () => {
    const pdf = await exportThemeBrief(
      archive,
      { kind: 'all' },
      { title: 'Đô thị thông minh miền Trung', author: 'Lê Thu Hà' }
    )
    const read = await readPdf(pdf)
    expect(read.pages).toBeGreaterThan(40)
    expect(read.pages).toBeLessThan(400)
    expect(read.flatText).toContain('Đô thị thông minh miền Trung')
    expect(read.flatText).toContain(
      'Đà Nẵng ký kết nhiều thỏa thuận với các đối tác Nhật Bản, Hàn Quốc và Singapore'
    )
    expect(read.flatText).toContain('Ghi chú: Ghi chú 137.3: đối chiếu với số liệu của sở.')
    expect(read.flatText).toContain('Bài số 200: đô thị thông minh và liên kết vùng')
    // The memo comes first in its chapter.
    const regional = read.pageTexts.findIndex((t) =>
      collapseSpaces(t).startsWith('Liên kết vùng (Regional links)')
    )
    expect(collapseSpaces(read.pageTexts[regional])).toMatch(
      /^Liên kết vùng \(Regional links\) Cooperation.*GHI NHỚ Các bài cho thấy liên kết vùng/
    )

    expect(read.outline.map((o) => o.title)).toEqual([
      'Mục lục',
      'Số đoạn trích theo chủ đề',
      'Liên kết vùng (Regional links)',
      'Đối ngoại (Foreign affairs)',
      'Phương hướng (Outlook)',
      'Danh mục bài viết được trích'
    ])
    expect(read.outline[2].items.map((i) => i.title)).toEqual([
      'Giao thông liên tỉnh (Inter-provincial transport)'
    ])

    const toc = collapseSpaces(read.pageTexts[1])
    expect(toc.startsWith('Mục lục')).toBe(true)
    const entries = [
      'Số đoạn trích theo chủ đề',
      'Liên kết vùng (Regional links)',
      'Giao thông liên tỉnh (Inter-provincial transport)',
      'Đối ngoại (Foreign affairs)',
      'Phương hướng (Outlook)',
      'Danh mục bài viết được trích'
    ]
    let last = 0
    for (const title of entries) {
      const m = new RegExp(`${escape(title)} (\\d+)`).exec(toc)
      expect(m, title).not.toBeNull()
      const page = Number(m![1])
      expect(page).toBeGreaterThanOrEqual(last)
      last = page
      const lines = read.pageTexts[page - 1].split('\n').map(collapseSpaces)
      expect(lines, `${title} on page ${page}`).toContain(title)
    }
    expect(read.info.Keywords).toContain('Giao thông liên tỉnh (Inter-provincial transport)')
  }, 120_000)

  it('follows the options: themes, no notes, Letter paper, English labels, order by article', async () => {
    const t = themeIds(archive)
    const pdf = await exportThemeBrief(
      archive,
      { kind: 'articles', articleIds: [1, 2, 3, 4, 5, 6] },
      { themeIds: [t.foreign], includeNotes: false, paper: 'Letter', language: 'en', order: 'article' }
    )
    const read = await readPdf(pdf)
    expect(read.outline.map((o) => o.title)).toEqual([
      'Contents',
      'Passages per theme',
      'Foreign affairs (Đối ngoại)',
      'Articles cited'
    ])
    expect(read.flatText).not.toContain('Note:')
    expect(read.flatText).not.toContain('Ghi chú')
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
    expect((await doc.getPage(1)).view).toEqual([0, 0, 612, 792])
    await doc.destroy()
    // Ordered by article title: "Bài số 1", "Bài số 2", ... within the chapter.
    const chapter = read.pageTexts.map(collapseSpaces).find((x) => x.startsWith('Foreign affairs'))!
    expect(chapter.indexOf('Bài số 2:')).toBeLessThan(chapter.indexOf('Bài số 5:'))
  }, 60_000)

  it('refuses a selection without passages in one plain sentence', async () => {
    const empty = openFixtureArchive()
    try {
      addArticle(empty)
      await expect(exportThemeBrief(empty, { kind: 'all' })).rejects.toThrow(
        'Nothing to put in the brief: the selection has no passages for these themes.'
      )
      await expect(exportThemeBrief(empty, { kind: 'articles', articleIds: [42] })).rejects.toThrow(
        'No such article: 42.'
      )
      await expect(exportThemeBrief(empty, { kind: 'collection', collectionId: 7 })).rejects.toThrow(
        'There is no collection 7.'
      )
    } finally {
      empty.close()
    }
  })
})
