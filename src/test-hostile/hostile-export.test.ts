// Hostile content through the exports: RTL and invisible characters in titles, a word longer than a
// line, control characters in notes, SQL-looking theme names, 10,000 passages, a very long paragraph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { unzipSync, strFromU8 } from 'fflate'
import { openArchive, type Archive } from '../core/archive'
import { insertArticle } from '../core/articles/article-store'
import { inTransaction } from '../core/db/connection'
import { exportQdpx } from '../core/exchange/export-qda'
import { exportArticlePdf } from '../core/export/pdf/article-pdf'
import { exportThemeBrief } from '../core/export/pdf/theme-brief'
import { readPdf } from '../core/export/pdf/read-pdf'
import { MAX_PER_PAGE } from '../core/export/pdf/page-highlights'
import { createPassage } from '../core/passages/passage-write'
import { createTheme } from '../core/themes/theme-edit'
import { assembleBlocks } from '../core/text/model'
import { removeTempDirs, tempDir } from '../core/safety/test-fixtures'
import {
  CONTROL_NOTE,
  GOOD_PARAGRAPH,
  longParagraph,
  longWord,
  RTL_TITLE,
  SQL_LIKE,
  ZERO_WIDTH_TITLE
} from './hostile-text'
import { pdfGeometry } from './pdf-geometry'

let archive: Archive
const ids: Record<string, number> = {}
const themes: number[] = []
const LONG_WORD = longWord(3000)
const ANCHOR = 'Thành phố đã ký kết'
/** Passages on one article: just past the 10,000 annotations poppler reads on a page. */
const MANY = 10_050

function add(title: string, ...paragraphs: string[]): number {
  const { body, blocks } = assembleBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })))
  return inTransaction(archive.db, () => insertArticle(archive, { title, body, blocks, source: 'Báo Thử' }))
    .id
}

beforeAll(() => {
  archive = openArchive(join(tempDir('folio-hostile-export-'), 'archive.sqlite'))
  for (const name of SQL_LIKE.slice(0, 4)) themes.push(createTheme(archive, { name }).id)
  ids.rtl = add(RTL_TITLE, GOOD_PARAGRAPH, ZERO_WIDTH_TITLE)
  ids.word = add('Một từ dài hơn cả dòng', `Trước ${LONG_WORD} sau.`, GOOD_PARAGRAPH)
  ids.longTitle = add('Tiêu đề rất dài '.repeat(300).trim(), GOOD_PARAGRAPH)
  ids.paragraph = add('Đoạn văn 200 KB', longParagraph(200 * 1024) + ' kếtthúcđoạn')
  ids.many = add('Mười nghìn đoạn đánh dấu', GOOD_PARAGRAPH, GOOD_PARAGRAPH)
  const mark = (articleId: number, note = '') =>
    createPassage(archive, {
      articleId,
      start: 0,
      end: ANCHOR.length,
      themeIds: [themes[0], themes[1]],
      note
    })
  mark(ids.rtl, CONTROL_NOTE)
  mark(ids.word, `Ghi chú với ${LONG_WORD}`)
  mark(ids.longTitle)
  mark(ids.paragraph, CONTROL_NOTE)
  inTransaction(archive.db, () => {
    for (let i = 0; i < MANY; i++)
      createPassage(archive, {
        articleId: ids.many,
        start: i % 120,
        end: (i % 120) + 4 + (i % 9),
        themeIds: [themes[i % themes.length]],
        // some with a note of two paragraphs, which the shared annotation must keep in one entry
        note: i % 50 === 0 ? `Ghi chú ${i}\n\nđoạn hai` : ''
      })
  })
}, 120_000)
afterAll(() => {
  archive.close()
  removeTempDirs()
})

const visible = (s: string) => s.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')

describe('hostile content in the article PDF', () => {
  it('an RTL override and zero-width characters in the title, control characters in a note', async () => {
    const pdf = await exportArticlePdf(archive, ids.rtl)
    const read = await readPdf(pdf)
    expect(visible(read.flatText)).toContain('Cần Thơ')
    expect(read.flatText).toContain('màu ANSI')
    expect(read.annotations.filter((a) => a.subtype === 'Highlight')).toHaveLength(1)
  })

  it('a 3,000-letter word wraps inside the page, in the text and in a note', async () => {
    const pdf = await exportArticlePdf(archive, ids.word)
    expect((await pdfGeometry(pdf)).outside).toEqual([])
    const text = (await readPdf(pdf)).pageTexts.join('').replace(/[\s-]/g, '')
    expect(text).toContain(LONG_WORD) // in the body
    expect(text.split(LONG_WORD).length).toBe(3) // and in the endnote
  }, 120_000)

  it('a 4,800-character title stays on the page', async () => {
    const geo = await pdfGeometry(await exportArticlePdf(archive, ids.longTitle))
    expect(geo.outside).toEqual([])
  }, 120_000)

  it('a 200 KB paragraph is laid out in full across pages', async () => {
    const read = await readPdf(await exportArticlePdf(archive, ids.paragraph))
    expect(read.pages).toBeGreaterThan(20)
    expect(read.flatText.replace(/\s/g, '')).toContain('kếtthúcđoạn')
  }, 120_000)

  // Hundreds of them start on each of the first lines: the margin shows the first markers and "+N".
  // All begin on page 1, past the 10,000 annotations a page may have before poppler refuses it.
  it('10,050 passages on one article: markers inside the page, every passage in the comments', async () => {
    const pdf = await exportArticlePdf(archive, ids.many)
    const read = await readPdf(pdf, { textOf: (p) => p === 1 })
    const highlights = read.annotations.filter((a) => a.subtype === 'Highlight')
    expect(highlights.every((a) => a.page === 1)).toBe(true)
    expect(highlights).toHaveLength(MAX_PER_PAGE)
    // the last one lists the page's remaining passages by number, one paragraph each
    const listed = highlights
      .at(-1)!
      .contents.split('\n\n')
      .map((entry) => Number(/^(\d+)\. /.exec(entry)?.[1]))
    expect(listed).toEqual(Array.from({ length: MANY - MAX_PER_PAGE + 1 }, (_, i) => MAX_PER_PAGE + i))
    const left = leftEdgeInk(pdf)
    expect(left ?? 'pdftoppm is not installed').toBe(0)
    expect(popplerText(pdf) ?? 'pdftotext is not installed').toContain('Mười nghìn đoạn đánh dấu')
  }, 180_000)
})

/** Page 1's text as poppler reads it; null without pdftotext. */
function popplerText(pdf: Buffer): string | null {
  const file = join(tempDir(), 'poppler.pdf')
  writeFileSync(file, pdf)
  const r = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' })
  return r.error || r.status !== 0 ? null : r.stdout
}

/**
 * Dark pixels in the two leftmost pixel columns (3.6 pt) of page 1, rendered by pdftoppm in grey at
 * 40 dpi; null without pdftoppm. Markers that ran off the page left ink there.
 */
function leftEdgeInk(pdf: Buffer): number | null {
  const dir = tempDir()
  const file = join(dir, 'many.pdf')
  writeFileSync(file, pdf)
  const r = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', file], {
    maxBuffer: 64 * 1024 * 1024
  })
  if (r.error || r.status !== 0) return null
  const image: Buffer = r.stdout
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'))!
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = image.subarray(header[0].length)
  let ink = 0
  for (let y = 0; y < height; y++) for (let x = 0; x < 2; x++) if (pixels[y * width + x] < 200) ink++
  return ink
}

describe('hostile content in the theme brief', () => {
  it('SQL-looking theme names, an RTL title and control characters in notes', async () => {
    const pdf = await exportThemeBrief(archive, {
      kind: 'articles',
      articleIds: [ids.rtl, ids.word, ids.longTitle]
    })
    const read = await readPdf(pdf)
    for (const name of SQL_LIKE.slice(0, 2)) expect(read.flatText).toContain(name)
    expect(read.flatText).toContain('màu ANSI')
    const geo = await pdfGeometry(pdf)
    expect(geo.outside).toEqual([])
  }, 120_000)
})

describe('hostile content in the REFI-QDA export', () => {
  it('writes well-formed XML whatever the names and notes hold', () => {
    const files = unzipSync(exportQdpx(archive))
    const xml = strFromU8(files['project.qde'])
    const errors: string[] = []
    const doc = new DOMParser({
      onError: (level, msg) => level !== 'warning' && errors.push(msg)
    }).parseFromString(xml, 'text/xml')
    expect(errors).toEqual([])
    const codes = Array.from(doc.getElementsByTagName('Code')).map((c) => c.getAttribute('name'))
    expect(codes).toContain(SQL_LIKE[0])
  })
})
