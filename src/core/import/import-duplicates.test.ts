// Importing the same article again — re-saved as NFD, with CRLF endings — adds nothing and says so;
// bad files in a batch get one line each and leave the archive as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../archive'
import { importPaths } from './import-batch'

const CLIP =
  'Tin thế giới\n\nĐà Nẵng đón đoàn đại biểu quốc tế\n\nĐoàn đại biểu đến từ năm quốc gia đã làm việc với thành phố trong hai ngày.\n\nHai bên trao đổi về hợp tác đào tạo và du lịch.\n'

let dir: string
let archive: Archive
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-dup-'))
  archive = openArchive(join(dir, 'a.sqlite'))
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

function articleCount(): number {
  return (archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

describe('duplicates', () => {
  it('the same article re-saved as NFD or with CRLF is reported as a duplicate of the first', async () => {
    const original = file('a.txt', CLIP)
    const nfd = file('a-nfd.txt', CLIP.normalize('NFD'))
    const crlf = file('a-crlf.txt', CLIP.replace(/\n/g, '\r\n'))
    const res = await importPaths(archive, [original, nfd, crlf])
    expect(res.outcomes.map((o) => o.outcome)).toEqual(['imported', 'duplicate', 'duplicate'])
    const id = res.outcomes[0].articleId
    expect(res.outcomes[1].articleId).toBe(id)
    expect(res.outcomes[1].message).toContain(`article ${id}`)
    expect(articleCount()).toBe(1)
    const log = archive.db
      .prepare('SELECT outcome FROM imports WHERE batch_id = ? ORDER BY id')
      .all(res.batchId)
    expect(log).toEqual([{ outcome: 'imported' }, { outcome: 'duplicate' }, { outcome: 'duplicate' }])
  })
})

describe('bad input in a batch', () => {
  it('gets one clear line per file while the good file imports', async () => {
    mkdirSync(join(dir, 'folder-with-nothing'))
    const good = file('good.txt', CLIP)
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /No such file/],
      [file('empty.txt', ''), /empty/],
      [file('binary.txt', new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8, 0, 0])), /not text/],
      [file('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])), /PNG/],
      [
        // Claims UTF-8 by its BOM but is not (a Latin-1 file without a BOM is detected, not refused).
        file(
          'bom-latin1.txt',
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1')])
        ),
        /not valid UTF-8/
      ]
    ]
    const res = await importPaths(archive, [...cases.map((c) => c[0]), good])
    cases.forEach(([path, reason], i) => {
      const o = res.outcomes[i]
      expect(o.file).toBe(path)
      expect(o.outcome).toBe('refused')
      expect(o.message).toMatch(reason)
      expect(o.message).not.toContain('\n')
    })
    expect(res.outcomes.at(-1)?.outcome).toBe('imported')
    expect(articleCount()).toBe(1)
    expect(res.counts).toEqual({ imported: 1, duplicate: 0, refused: 5, failed: 0 })
  })
})
