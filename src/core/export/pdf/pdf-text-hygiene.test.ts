// What a reader sees of hostile user text in the PDFs: no gaps for invisible characters, a header
// whose two sides never meet, a one-page brief cover, two-line citations, plainly marked orphans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../../archive'
import { labelsFor } from '../labels'
import { addArticle, addPassage, openFixtureArchive, themeIds } from '../test-fixture'
import { exportArticlePdf } from './article-pdf'
import { fitWords } from './fit-line'
import { numberPassages } from './article-model'
import { collapseSpaces, readPdf } from './read-pdf'
import { paragraphText, lineText } from './text-hygiene'
import { exportThemeBrief } from './theme-brief'

/** Characters that draw as a gap or reorder text: none may reach the page, the Info or /Contents. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- these are what the test looks for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/

const RLO = '\u202e'
const PDF = '\u202c'
const NOTE = `Chuông\u0007 thoát\u001b[31m đỏ\u001b[0m, tab\there, Hội nhập\u200d quốc\u200b tế, ${RLO}ngược${PDF}, DEL\u007f hết. Dòng một\u2028Dòng hai\r\nDòng ba\rDòng bốn`

let archive: Archive
beforeEach(() => {
  archive = openFixtureArchive()
})
afterEach(() => archive.close())

function setArticle(id: number, fields: Record<string, string>): void {
  for (const [k, v] of Object.entries(fields))
    archive.db.prepare(`UPDATE articles SET ${k} = ? WHERE id = ?`).run(v, id)
}

interface Item {
  str: string
  x: number
  right: number
  y: number
}

/** Text items of one page (1-based) with their horizontal extent and baseline (PDF space, y up). */
async function pageItems(
  bytes: Uint8Array,
  page: number
): Promise<{ items: Item[]; width: number; height: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise
  try {
    const p = await doc.getPage(page)
    const [, , width, height] = p.view
    const items: Item[] = []
    for (const it of (await p.getTextContent()).items)
      if ('str' in it && it.str.trim())
        items.push({ str: it.str, x: it.transform[4], right: it.transform[4] + it.width, y: it.transform[5] })
    return { items, width, height }
  } finally {
    await doc.destroy()
  }
}

/** The page's lines as the reader extracts them, spaces collapsed. */
function lines(pageText: string): string[] {
  return pageText.split('\n').map(collapseSpaces).filter(Boolean)
}

describe('invisible and control characters in user text', () => {
  it('leaves no gaps in notes, titles and sources, breaks lines where the writer did, and keeps them out of the metadata and comments', async () => {
    const t = themeIds(archive)
    const id = addArticle(archive)
    // NFD Vietnamese with a zero-width space inside a word's marks: it must come out as NFC letters.
    setArticle(id, {
      title: `Tin ${RLO}đối ngoại${PDF} và Vie\u0302\u0323t\u200b Nam`,
      source: `Nguồn ${RLO}báo${PDF}\u200b thử`
    })
    addPassage(archive, id, 'Đà Nẵng ký kết nhiều thỏa thuận', [t.foreign], NOTE)
    const pdf = await exportArticlePdf(archive, id, { language: 'vi' })
    const read = await readPdf(pdf)
    const all = read.pageTexts.join('\n') + read.artifactTexts.join('\n')

    expect(all).not.toMatch(INVISIBLE)
    expect(read.flatText).toContain('Tin đối ngoại và Việt Nam')
    expect(read.flatText).toContain('Nguồn báo thử')
    expect(read.flatText).toContain('Chuông thoát đỏ, tab here, Hội nhập quốc tế, ngược, DEL hết.')
    // U+2028, CRLF and CR each start a new line of the note.
    const text = lines(read.pageTexts.join('\n'))
    const first = text.findIndex((l) => l.endsWith('Dòng một'))
    expect(first).toBeGreaterThan(0)
    expect(text.slice(first + 1, first + 4)).toEqual(['Dòng hai', 'Dòng ba', 'Dòng bốn'])

    expect(read.info.Title).toBe('Tin đối ngoại và Việt Nam')
    expect(String(read.info.Subject)).not.toMatch(INVISIBLE)
    expect(String(read.info.Subject)).toContain('Nguồn báo thử')
    const [highlight] = read.annotations.filter((a) => a.subtype === 'Highlight')
    expect(highlight.contents).not.toMatch(INVISIBLE)
    expect(highlight.contents).not.toMatch(/[\r\u2028\u2029]/)
    expect(highlight.contents).toContain('Hội nhập quốc tế')
    expect(highlight.contents).toContain('Dòng một\nDòng hai\nDòng ba\nDòng bốn')
  })

  it('keeps Vietnamese letters and combining marks, and breaks or joins lines by place', () => {
    expect(paragraphText('Vie\u0302\u0323t\u200d Nam\u2029mới')).toBe('Việt Nam\nmới')
    expect(lineText(' Tin\r\nmới\u2028 hôm\tnay ')).toBe('Tin mới hôm nay')
    // A combining mark with no precomposed letter stays as it is.
    expect(lineText('q\u0323\u0301')).toBe('q\u0323\u0301')
  })
})

describe('shortened text', () => {
  it('is cut at a word boundary when one is near', () => {
    const measure = (s: string): number => s.length
    expect(fitWords('liên kết vùng đồng bằng', 12, measure)).toBe('liên kết…')
    expect(fitWords('Liênkếtvùngđồngbằng', 8, measure)).toBe('Liênkết…')
  })
})

describe('the running header', () => {
  it('shortens a long source so it never runs into the title or out of the margins', async () => {
    const id = addArticle(archive, 'Liên kết vùng: bài có nguồn rất dài và một tiêu đề cũng khá dài nữa', 3)
    const source =
      'Cổng thông tin điện tử của Ủy ban nhân dân thành phố Cần Thơ — Chuyên trang Hợp tác, Liên kết vùng và Đối ngoại, Hội nhập quốc tế'
    setArticle(id, { source })
    const pdf = await exportArticlePdf(archive, id)
    const { items, width, height } = await pageItems(pdf, 2)
    // The header sits above the text column (which starts 74 pt from the top).
    const header = items.filter((i) => i.y > height - 60).sort((a, b) => a.x - b.x)
    expect(header).toHaveLength(2)
    const [title, right] = header
    expect(title.str.startsWith('Liên kết vùng')).toBe(true)
    expect(right.str.startsWith('Cổng thông tin')).toBe(true)
    expect(title.x).toBeGreaterThanOrEqual(86 - 0.5)
    expect(title.right).toBeLessThan(right.x - 12)
    expect(right.right).toBeLessThanOrEqual(width - 66 + 0.5)
    expect(right.str.endsWith('…')).toBe(true)
  })
})

describe('the theme brief with a 700-character title', () => {
  const longTitle = 'Hội nghị liên kết vùng đồng bằng sông Cửu Long bàn về hạ tầng giao thông và thủy lợi. '
    .repeat(8)
    .trim()

  it('keeps the cover to one page and each citation to two lines, with the full title in the index and metadata', async () => {
    const t = themeIds(archive)
    const id = addArticle(archive, longTitle)
    addPassage(archive, id, 'Đà Nẵng ký kết nhiều thỏa thuận', [t.foreign], 'Ghi chú ngắn.')
    addPassage(archive, id, 'số hóa toàn bộ hồ sơ đất đai', [t.foreign])
    const pdf = await exportThemeBrief(archive, { kind: 'all' }, { title: longTitle, author: 'Lê Thu Hà' })
    const read = await readPdf(pdf)

    expect(collapseSpaces(read.pageTexts[1]).startsWith('Mục lục')).toBe(true)
    expect(read.artifactTexts[1]).toMatch(/2 \/ \d+/) // the contents, not a cover's second page
    expect(collapseSpaces(read.pageTexts[0])).toContain('…')
    expect(read.info.Title).toBe(longTitle)

    const chapter = read.pageTexts.findIndex((p) => collapseSpaces(p).startsWith('Đối ngoại'))
    const text = lines(read.pageTexts[chapter])
    const cites = text.map((l, i) => (l.startsWith('— ') ? i : -1)).filter((i) => i >= 0)
    expect(cites).toHaveLength(2)
    for (const at of cites) {
      // The citation ends with the date; it is on the first or second line.
      const end = text.findIndex((l, i) => i >= at && l.endsWith('15/3/2024'))
      expect(end - at).toBeLessThanOrEqual(1)
      expect(text.slice(at, end + 1).join(' ')).toContain('…')
    }
    expect(read.flatText).toContain(longTitle)
  }, 60_000)
})

describe('an orphaned passage', () => {
  it('is numbered after the anchored ones and its endnote says its text is no longer in the article', async () => {
    const t = themeIds(archive)
    const id = addArticle(archive)
    addPassage(archive, id, 'Hệ thống camera', [t.regional], 'Ghi chú A')
    const orphan = addPassage(archive, id, 'Đà Nẵng ký kết nhiều thỏa thuận', [t.foreign], 'Ghi chú B')
    addPassage(archive, id, 'số hóa toàn bộ hồ sơ đất đai', [t.outlook], 'Ghi chú C')
    archive.db.prepare("UPDATE passages SET status = 'orphan' WHERE id = ?").run(orphan.id)

    for (const language of ['vi', 'en'] as const) {
      const read = await readPdf(await exportArticlePdf(archive, id, { language }))
      const heading = language === 'vi' ? 'Ghi chú Liên kết vùng' : 'Notes Regional links'
      const notes = read.flatText.slice(read.flatText.indexOf(heading))
      expect(notes.length).toBeLessThan(read.flatText.length)
      // Endnotes follow the numbers: A (1), C (2), then the orphan B (3), marked as such.
      expect(notes.indexOf('Ghi chú A')).toBeLessThan(notes.indexOf('Ghi chú C'))
      expect(notes.indexOf('Ghi chú C')).toBeLessThan(notes.indexOf('Ghi chú B'))
      const marked = `${labelsFor(language).orphanNote} Ghi chú B`
      expect(notes).toContain(marked)
      expect(read.flatText.split(labelsFor(language).orphanNote)).toHaveLength(2)
    }
  })

  it('takes the number after the last anchored passage', () => {
    const base = {
      articleId: 1,
      exact: '',
      prefix: '',
      suffix: '',
      note: '',
      themeIds: [],
      createdAt: '',
      updatedAt: ''
    }
    const numbered = numberPassages(
      [
        { ...base, id: 1, start: 50, end: 60, status: 'anchored' },
        { ...base, id: 2, start: 10, end: 20, status: 'orphan' },
        { ...base, id: 3, start: 5, end: 8, status: 'anchored' }
      ],
      []
    )
    expect(numbered.map((p) => [p.id, p.n])).toEqual([
      [3, 1],
      [1, 2],
      [2, 3]
    ])
  })
})
