import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { importPaths } from './import-batch'
import type { ImportProgress } from './import-types'

const clip = (title: string, extra = ''): string =>
  `${title}\n\nĐoạn thứ nhất của bài ${title} nói về hợp tác vùng và giao thông.${extra}\n\nĐoạn thứ hai kể về du lịch và đầu tư của thành phố.\n`

let dir: string
let archive: Archive
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-batch-'))
  archive = openArchive(join(dir, 'a.sqlite'))
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})
const file = (name: string, data: string): string => {
  const p = join(dir, name)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, data)
  return p
}

describe('importPaths', () => {
  it('walks folders recursively with progress, and stores provenance', async () => {
    file('in/a.txt', clip('Tin A'))
    file('in/sub/b.md', `# Bài B\n\nNội dung của bài B về hợp tác quốc tế.\n`)
    file('in/.hidden.txt', clip('Ẩn'))
    const progress: ImportProgress[] = []
    const res = await importPaths(archive, [join(dir, 'in')], { onProgress: (p) => progress.push(p) })
    expect(res.counts).toEqual({ imported: 2, duplicate: 0, refused: 0, failed: 0 })
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['0/2', '1/2', '2/2'])
    expect(progress[1].current).toBe(join(dir, 'in', 'sub', 'b.md'))
    const b = getArticle(archive, res.outcomes[1].articleId as number)
    expect(b).toMatchObject({
      title: 'Bài B',
      originalName: 'b.md',
      originalFormat: 'markdown',
      encoding: 'utf-8'
    })
    expect(b.originalHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('stops between files when cancelled, keeping what was done', async () => {
    const files = [1, 2, 3, 4].map((i) => file(`f${i}.txt`, clip(`Tin ${i}`)))
    const ctl = new AbortController()
    const res = await importPaths(archive, files, {
      signal: ctl.signal,
      onProgress: (p) => p.done === 2 && ctl.abort()
    })
    expect(res.cancelled).toBe(true)
    expect(res.outcomes).toHaveLength(2)
    expect((archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(2)
  })

  it('bulk mode commits many articles per transaction, a bad file still leaves no trace', async () => {
    const files = [1, 2, 3].map((i) => file(`f${i}.txt`, clip(`Tin ${i}`)))
    files.splice(1, 0, file('empty.txt', ''))
    const res = await importPaths(archive, files, { articlesPerTransaction: 50 })
    expect(res.outcomes.map((o) => o.outcome)).toEqual(['imported', 'refused', 'imported', 'imported'])
    expect(archive.db.inTransaction).toBe(false)
    expect((archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(3)
  })

  it('treats a changed file with the same name and title as a corrected copy', async () => {
    const p = file('bai.txt', clip('Tin đã sửa'))
    const first = await importPaths(archive, [p])
    const id = first.outcomes[0].articleId
    writeFileSync(p, clip('Tin đã sửa', ' Đã sửa lỗi chính tả.'))
    const second = await importPaths(archive, [p])
    expect(second.outcomes[0]).toMatchObject({ outcome: 'imported', articleId: id })
    expect(second.outcomes[0].message).toMatch(
      new RegExp(`^Updated article ${id} \\(\\d+ passages re-anchored, \\d+ orphaned\\)`)
    )
    expect((archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(1)
  })

  it('replaces an article on request and refuses a missing one', async () => {
    const a = (await importPaths(archive, [file('a.txt', clip('Tin gốc'))])).outcomes[0].articleId as number
    const res = await importPaths(archive, [file('other.txt', clip('Tin khác'))], { replaceArticleId: a })
    expect(res.outcomes[0].message).toMatch(`Updated article ${a}`)
    const missing = await importPaths(archive, [file('x.txt', clip('Tin X'))], { replaceArticleId: 999 })
    expect(missing.outcomes[0]).toMatchObject({ outcome: 'refused', message: 'There is no article 999.' })
  })

  it('routes REFI-QDA files to the QDA importer and counts its outcomes', async () => {
    const res = await importPaths(archive, [file('project.qdpx', 'PK')])
    expect(res.outcomes).toHaveLength(1)
    expect(res.outcomes[0].file).toBe(join(dir, 'project.qdpx'))
    expect(res.counts.imported + res.counts.refused + res.counts.failed).toBe(1)
  })
})
