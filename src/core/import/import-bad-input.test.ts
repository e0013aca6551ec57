import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { openArchive, type Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { importPaths } from './import-batch'

const CLIP = `Thời sự

Cần Thơ mở rộng liên kết vùng

Thành phố Cần Thơ ký kết chương trình hợp tác với các tỉnh lân cận về giao thông và du lịch.

Các bên thống nhất họp định kỳ mỗi quý để theo dõi tiến độ thực hiện.
`

let dir: string
let archive: Archive
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-bad-'))
  archive = openArchive(join(dir, 'a.sqlite'))
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name)
  writeFileSync(p, data)
  return p
}
const snapshot = (): unknown =>
  archive.db.prepare('SELECT id, title, body, content_hash FROM articles ORDER BY id').all()

describe('bad input', () => {
  it('gets one clear line each, nothing crashes, and only the good files change the archive', async () => {
    const huge = file('huge.txt', 'x')
    truncateSync(huge, 100 * 1024 * 1024) // sparse: 100 MB by size, nothing written
    const cases: [string, RegExp][] = [
      [file('empty.txt', ''), /empty/],
      [
        file('blank.html', '<html><head><title>Trống</title></head><body><div></div></body></html>'),
        /No article text|not an article/
      ],
      [
        file('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13])),
        /PNG image/
      ],
      [huge, /too large \(100\.0 MB; the limit is 20 MB\)/],
      [
        file(
          'claims-utf8.txt',
          Buffer.concat([
            Buffer.from([0xef, 0xbb, 0xbf]),
            Buffer.from('Tin tức '),
            Buffer.from([0xc3, 0x28, 0xff])
          ])
        ),
        /not valid UTF-8/
      ],
      [
        file(
          'deep.html',
          '<html><body>' + '<div>'.repeat(50000) + '<p>Sâu</p>' + '</div>'.repeat(50000) + '</body></html>'
        ),
        /nested more than/
      ],
      [file('bomb.docx', zipBomb()), /zip bomb/],
      [file('not-zip.docx', 'Đây không phải là tệp Word'), /not a zip package/],
      [file('nul.txt', Buffer.from('Tiêu đề\n\nNội dung\u0000 có byte NUL.\n')), /not text/]
    ]
    const good = [
      file('bài viết có dấu cách và chữ Việt.txt', CLIP),
      file('long-line.txt', 'Một dòng rất dài\n\n' + 'chữ '.repeat(250000))
    ]
    const before = snapshot()
    expect(before).toEqual([])
    const res = await importPaths(archive, [...cases.map((c) => c[0]), ...good])
    cases.forEach(([path, reason], i) => {
      const o = res.outcomes[i]
      expect(o.file).toBe(path)
      expect(o.outcome, o.message).toBe('refused')
      expect(o.message).toMatch(reason)
      expect(o.message).not.toContain('\n')
    })
    expect(res.outcomes.slice(-2).map((o) => o.outcome)).toEqual(['imported', 'imported'])
    const a = getArticle(archive, res.outcomes.at(-2)?.articleId as number)
    expect(a.originalName).toBe('bài viết có dấu cách và chữ Việt.txt')
    expect(a.title).toBe('Cần Thơ mở rộng liên kết vùng')
    expect((snapshot() as unknown[]).length).toBe(2)
    const log = archive.db
      .prepare('SELECT count(*) AS n FROM imports WHERE batch_id = ?')
      .get(res.batchId) as { n: number }
    expect(log.n).toBe(cases.length + good.length)
  }, 60_000)
})

/** 80 MB of zeros, honestly declared, and a copy whose central directory lies about the size. */
function zipBomb(): Uint8Array {
  return zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 1 })
}
