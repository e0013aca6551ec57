import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import MarkdownIt from 'markdown-it'
import Papa from 'papaparse'
import * as XLSX from 'xlsx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { exportCsv, CSV_COLUMNS } from './csv-export'
import { exportMarkdown } from './markdown-export'
import { codePointOffset, exportW3c } from './w3c-export'
import { W3C_EXPORT_SCHEMA } from './w3c-schema'
import { writeFileAtomic } from './write-file-atomic'
import { addArticle, addPassage, openFixtureArchive, themeIds } from './test-fixture'

let archive: Archive
let quotes: { id: number; exact: string }[]
beforeEach(() => {
  archive = openFixtureArchive()
  const id = addArticle(archive)
  const t = themeIds(archive)
  quotes = [
    addPassage(
      archive,
      id,
      'phối hợp với những tỉnh lân cận như Quảng Nam và Thừa Thiên Huế',
      [t.regional, t.foreign],
      'Liên kết "vùng", có dấu phẩy, và\nxuống dòng.'
    ),
    addPassage(
      archive,
      id,
      '“Chúng tôi muốn người dân cảm nhận được sự thay đổi qua từng thủ tục hành chính”',
      [t.outlook]
    )
  ]
  archive.db
    .prepare(
      "INSERT INTO memos (target_kind, target_id, body) VALUES ('theme', ?, 'Ghi nhớ về *liên kết* vùng.')"
    )
    .run(t.regional)
})
afterEach(() => archive.close())

describe('exportCsv', () => {
  it('writes UTF-8 with a BOM, one row per passage and theme, that papaparse and xlsx read back intact', () => {
    const bytes = exportCsv(archive, { kind: 'all' })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS])
    expect(parsed.data).toHaveLength(3)
    expect(parsed.data.map((r) => r.theme_vi)).toEqual(['Liên kết vùng', 'Đối ngoại', 'Phương hướng'])
    expect(parsed.data[0].quote).toBe(quotes[0].exact)
    expect(parsed.data[0].note).toBe('Liên kết "vùng", có dấu phẩy, và\nxuống dòng.')
    expect(parsed.data[2].quote).toBe(quotes[1].exact)
    expect(parsed.data[0].article_title).toBe('Đà Nẵng: Mười năm xây dựng đô thị thông minh ven biển')

    const book = XLSX.read(bytes, { type: 'buffer' })
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets[book.SheetNames[0]])
    expect(rows).toHaveLength(3)
    expect(rows[0].quote).toBe(quotes[0].exact)
    expect(rows[1].theme_vi).toBe('Đối ngoại')
    expect(rows[2].article_title).toBe('Đà Nẵng: Mười năm xây dựng đô thị thông minh ven biển')
  })

  it('keeps only the chosen themes', () => {
    const rows = Papa.parse<Record<string, string>>(
      exportCsv(archive, { kind: 'all' }, { themeIds: [themeIds(archive).foreign] })
        .toString('utf8')
        .slice(1),
      { header: true, skipEmptyLines: true }
    ).data
    expect(rows.map((r) => r.theme)).toEqual(['Foreign affairs'])
  })
})

describe('exportMarkdown', () => {
  it('groups passages by theme as blockquotes with citations', () => {
    const md = exportMarkdown(archive, { kind: 'all' }, { title: 'Báo cáo thử', language: 'vi' }).toString(
      'utf8'
    )
    const html = new MarkdownIt().render(md)
    expect(md.startsWith('# Báo cáo thử\n')).toBe(true)
    expect(md).toContain('## Liên kết vùng (Regional links)')
    expect(md).toContain('**Ghi nhớ:** Ghi nhớ về \\*liên kết\\* vùng.')
    const blockquotes = [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1])
    // Passage 1 is under two themes, passage 2 under one.
    expect(blockquotes).toHaveLength(3)
    expect(blockquotes[0]).toContain(quotes[0].exact)
    expect(blockquotes[0]).toContain(
      '<a href="https://example.org/da-nang-do-thi-thong-minh">Đà Nẵng: Mười năm xây dựng đô thị thông minh ven biển</a>, Báo Ví Dụ, 15/3/2024'
    )
    expect(blockquotes[2]).toContain(quotes[1].exact)
    expect(html).toContain('Ghi chú: Liên kết &quot;vùng&quot;')
  })
})

describe('exportW3c', () => {
  it('validates against the schema of every required field, with tagging and commenting bodies', () => {
    const json = JSON.parse(exportW3c(archive, { kind: 'all' }, { author: 'Lê Thu Hà' }).toString('utf8'))
    const ajv = new Ajv({ allErrors: true, strict: false })
    addFormats(ajv)
    const validate = ajv.compile(W3C_EXPORT_SCHEMA)
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    expect(json.total).toBe(2)
    const [first, second] = json.first.items
    expect(first.body).toEqual([
      expect.objectContaining({ purpose: 'tagging', value: 'Regional links' }),
      expect.objectContaining({ purpose: 'tagging', value: 'Foreign affairs' }),
      expect.objectContaining({
        purpose: 'commenting',
        value: 'Liên kết "vùng", có dấu phẩy, và\nxuống dòng.'
      })
    ])
    expect(second.body).toHaveLength(1)
    expect(first.creator.name).toBe('Lê Thu Hà')
    expect(first.target.source).toBe('https://example.org/da-nang-do-thi-thong-minh')
    const quote = first.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector')
    expect(quote.exact).toBe(quotes[0].exact)
    // A broken export fails the schema.
    delete first.target.selector
    expect(validate(json)).toBe(false)
  })

  it('counts positions in code points, as the Web Annotation model says', () => {
    expect(codePointOffset('a😀b', 3)).toBe(2)
    expect(codePointOffset('Đà Nẵng', 7)).toBe(7)
  })
})

describe('writeFileAtomic', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-atomic-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('replaces the file whole and leaves no temporary file', () => {
    const path = join(dir, 'brief.csv')
    writeFileSync(path, 'old')
    writeFileAtomic(path, 'mới')
    expect(readFileSync(path, 'utf8')).toBe('mới')
    expect(readdirSync(dir)).toEqual(['brief.csv'])
  })

  it('leaves what was there and no temporary file behind when the write fails', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.pdf'), 'x')).toThrow(/does not exist/)
    // Renaming over a non-empty folder fails after the bytes were written: the folder stays as it was.
    const target = join(dir, 'brief.pdf')
    mkdirSync(join(target, 'inside'), { recursive: true })
    expect(() => writeFileAtomic(target, 'x')).toThrow()
    expect(existsSync(join(target, 'inside'))).toBe(true)
    expect(readdirSync(dir)).toEqual(['brief.pdf'])
  })
})
