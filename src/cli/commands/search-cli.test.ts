// `folio search` as a user runs it: a real process over a real archive file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { markRanges } from './search'

const root = resolve(__dirname, '..', '..', '..')
let dir: string
let archivePath: string

function folio(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), '--archive', archivePath, ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FOLIO_ARCHIVE: '', NO_COLOR: '1' } }
  )
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

const CLIP = [
  'Tin địa phương',
  '',
  'Sóc Trăng: Đảng bộ tỉnh mở rộng quan hệ đối ngoại',
  '',
  'Đảng bộ tỉnh Sóc Trăng ký kết nhiều chương trình hợp tác với các tỉnh vùng ĐBSCL và mở rộng quan hệ đối ngoại với các đối tác nước ngoài.',
  '',
  'Nguồn tin: soctrang.example'
].join('\n')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-search-cli-'))
  archivePath = join(dir, 'a.sqlite')
  const file = join(dir, 'soc-trang.txt')
  writeFileSync(file, CLIP)
  expect(folio('import', file).code).toBe(0)
}, 60000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('folio search', () => {
  it('finds without diacritics and marks the matches in the snippet', () => {
    const r = folio('search', 'doi ngoai')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^1 article matches "doi ngoai"\./)
    expect(r.stdout).toContain('[đối ngoại]')
  })

  it('marks ĐBSCL for dbscl, and --json gives ranges into the original text', () => {
    const r = folio('--json', 'search', 'dbscl')
    const page = JSON.parse(r.stdout) as {
      total: number
      hits: { snippet: { text: string; highlights: { start: number; end: number }[] } }[]
    }
    expect(page.total).toBe(1)
    const s = page.hits[0].snippet
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['ĐBSCL'])
  })

  it.each([
    [['dang', '--exact'], /No article matches "dang"/, 0],
    [['Đảng', '--exact'], /1 article matches/, 0],
    [['dang', '--from', '2020-13'], /not a date/, 1],
    [['dang', '--theme', 'no such theme'], /No theme named "no such theme"/, 1],
    [['dang', '--limit', '0'], /--limit must be/, 1],
    [['"'], /no words to search for/, 1]
  ])('%j', (args, pattern, code) => {
    const r = folio('search', ...(args as string[]))
    expect(r.code).toBe(code)
    expect(code ? r.stderr : r.stdout).toMatch(pattern)
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})

describe('markRanges', () => {
  it('joins neighbouring matches and collapses whitespace', () => {
    expect(
      markRanges(
        'quan hệ đối  ngoại\nmới',
        [
          { start: 8, end: 11 },
          { start: 13, end: 18 }
        ],
        '[',
        ']'
      )
    ).toBe('quan hệ [đối  ngoại] mới'.replace('  ', ' '))
  })
})
