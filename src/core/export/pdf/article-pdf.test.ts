import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../../archive'
import {
  addArticle,
  addPassage,
  addPassageAt,
  FIXTURE_TITLE,
  openFixtureArchive,
  themeIds
} from '../test-fixture'
import { exportArticlePdf } from './article-pdf'
import { collapseSpaces, readPdf } from './read-pdf'

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0

function qpdfCheck(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-pdf-'))
  try {
    writeFileSync(join(dir, 'x.pdf'), bytes)
    return execFileSync('qpdf', ['--check', join(dir, 'x.pdf')], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

let archive: Archive
beforeEach(() => {
  archive = openFixtureArchive()
})
afterEach(() => archive.close())

describe('exportArticlePdf', () => {
  it('keeps the title and every passage word for word, with one highlight per passage', async () => {
    const id = addArticle(archive)
    const t = themeIds(archive)
    const a = addPassage(
      archive,
      id,
      'Hệ thống camera, cảm biến đo mực nước và trạm quan trắc không khí',
      [t.regional],
      'Hạ tầng dữ liệu chung.'
    )
    const b = addPassage(
      archive,
      id,
      'Đà Nẵng ký kết nhiều thỏa thuận với các đối tác Nhật Bản, Hàn Quốc và Singapore',
      [t.foreign]
    )
    const c = addPassage(
      archive,
      id,
      'số hóa toàn bộ hồ sơ đất đai',
      [t.outlook, t.regional],
      'Mục tiêu năm 2030'
    )
    const pdf = await exportArticlePdf(archive, id, { author: 'Lê Thu Hà', language: 'vi' })
    const read = await readPdf(pdf)

    expect(read.flatText).toContain(FIXTURE_TITLE)
    for (const p of [a, b, c]) expect(read.flatText).toContain(collapseSpaces(p.exact))
    // Vietnamese survives untouched, dot below and all.
    expect(read.flatText).toContain('Thừa Thiên Huế')
    expect(read.flatText).toContain('nhân lực công nghệ thông tin')

    const highlights = read.annotations.filter((x) => x.subtype === 'Highlight')
    expect(highlights).toHaveLength(3)
    const byContents = (s: string) => highlights.find((h) => h.contents.startsWith(s))
    expect(byContents('Liên kết vùng')?.color).toEqual([0x2a, 0x7a, 0xb8])
    expect(byContents('Liên kết vùng')?.contents).toContain('Hạ tầng dữ liệu chung.')
    expect(byContents('Đối ngoại')?.color).toEqual([0xc2, 0x41, 0x3b])
    // Several themes: listed in codebook order; the colour is the first one's.
    const two = highlights.filter((h) =>
      h.contents.startsWith('Liên kết vùng (Regional links), Phương hướng (Outlook)')
    )
    expect(two).toHaveLength(1)
    const outlook = two[0]
    expect(outlook?.color).toEqual([0x2a, 0x7a, 0xb8])
    expect(outlook?.contents).toContain('Mục tiêu năm 2030')
    for (const h of highlights) {
      expect(h.title).toBe('Lê Thu Hà')
      expect(h.quadPoints).toBeGreaterThan(0)
    }

    const titles = read.outline.map((o) => o.title)
    expect(titles).toEqual([
      'Hạ tầng số đi trước một bước',
      'Hợp tác quốc tế và thu hút đầu tư',
      'Định hướng đến năm 2030',
      'Ghi chú',
      'Đoạn trích theo chủ đề'
    ])
    expect(read.outline[4].items.map((i) => i.title)).toEqual([
      'Liên kết vùng (Regional links)',
      'Đối ngoại (Foreign affairs)',
      'Phương hướng (Outlook)'
    ])
    expect(read.info.Title).toBe(FIXTURE_TITLE)
    expect(read.info.Author).toBe('Lê Thu Hà')
    expect(read.info.Keywords).toBe(
      'Liên kết vùng (Regional links), Đối ngoại (Foreign affairs), Phương hướng (Outlook)'
    )
    expect(read.pages).toBeGreaterThanOrEqual(1)
    expect(read.pages).toBeLessThanOrEqual(3)
    expect(read.artifactTexts.at(-1)).toContain(`${read.pages} / ${read.pages}`)
  })

  it('gives a passage over a line break one quad per line, and overlapping passages each their own highlight', async () => {
    const id = addArticle(archive)
    const t = themeIds(archive)
    const long = addPassage(
      archive,
      id,
      'Các quận, huyện phối hợp với những tỉnh lân cận như Quảng Nam và Thừa Thiên Huế để chia sẻ dữ liệu về du lịch, lưu trú và giao thông liên tỉnh.',
      [t.regional]
    )
    addPassage(archive, id, 'Quảng Nam và Thừa Thiên Huế', [t.foreign])
    const read = await readPdf(await exportArticlePdf(archive, id, { language: 'en' }))
    const highlights = read.annotations.filter((x) => x.subtype === 'Highlight')
    expect(highlights).toHaveLength(2)
    expect(highlights.find((h) => h.contents.startsWith('Regional'))?.quadPoints).toBeGreaterThanOrEqual(2)
    expect(highlights.find((h) => h.contents.startsWith('Foreign'))?.quadPoints).toBe(1)
    expect(read.flatText).toContain(long.exact)
    expect(read.outline.map((o) => o.title)).toContain('Passages by theme')
  })

  it('splits a passage that crosses a page break into per-page fragments and stays correct at 500 pages', async () => {
    const id = addArticle(archive, 'Một bài rất dài', 660)
    const t = themeIds(archive)
    const body = (archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string })
      .body
    // 40 passages spread through the text, each about 600 characters: some must cross a page break.
    const made = Array.from({ length: 40 }, (_, i) => {
      const start = body.indexOf(' ', Math.floor((body.length / 40) * i)) + 1
      return addPassageAt(archive, id, start, start + 600, [[t.regional, t.foreign, t.outlook][i % 3]])
    })
    const pdf = await exportArticlePdf(archive, id)
    // Annotations and outline from every page; text from the pages where passages start (and the next).
    const first = await readPdf(pdf, { textOf: () => false })
    expect(first.pages).toBeGreaterThan(450)
    const highlights = first.annotations.filter((x) => x.subtype === 'Highlight')
    expect(highlights).toHaveLength(40)
    const startPages = new Set(highlights.flatMap((h) => [h.page, h.page + 1]))
    const read = await readPdf(pdf, { textOf: (n) => startPages.has(n) || n === first.pages })
    let crossing = 0
    made.forEach((p, i) => {
      const page = highlights[i].page
      const here = collapseSpaces(read.pageTexts[page - 1])
      const both = collapseSpaces(read.pageTexts[page - 1] + '\n' + read.pageTexts[page])
      expect(both).toContain(collapseSpaces(p.exact))
      if (!here.includes(collapseSpaces(p.exact))) crossing++
    })
    expect(crossing).toBeGreaterThan(0)
    expect(read.artifactTexts[read.pages - 1]).toContain(`${read.pages} / ${read.pages}`)
    if (hasQpdf) expect(qpdfCheck(pdf)).toContain('No syntax or stream encoding errors')
  }, 120_000)

  it('passes qpdf --check', async (ctx) => {
    if (!hasQpdf) ctx.skip('qpdf is not installed on this machine')
    const id = addArticle(archive)
    addPassage(archive, id, 'Đà Nẵng', [themeIds(archive).regional], 'ghi chú')
    expect(qpdfCheck(await exportArticlePdf(archive, id))).toContain('No syntax or stream encoding errors')
  })

  it('refuses an unknown article with one plain sentence', async () => {
    await expect(exportArticlePdf(archive, 999)).rejects.toThrow('There is no article 999 in this archive.')
  })
})
