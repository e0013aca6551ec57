// Done-when: nested themes, colours, memos and passages with emoji and Vietnamese text go out as a
// .qdpx and come back into an empty archive identical.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../archive'
import { exportQdpx } from './export-qda'
import { articleRows, codebookTree, memoRows, passageRows } from './exchange-snapshot'
import { importQdaBytes, importQdaFile } from './import-qda'
import { buildFixture } from './test-fixture'
import { dumpArchive } from './test-helpers'

const open: Archive[] = []
const dirs: string[] = []
afterEach(() => {
  open.splice(0).forEach((a) => a.close())
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})
const fresh = (): Archive => {
  const a = openArchive(':memory:')
  open.push(a)
  return a
}

const codebook = codebookTree
const passages = passageRows
const articles = articleRows
const memos = memoRows

describe('REFI-QDA round trip', () => {
  it('re-imports into an empty archive with passages, themes, notes, memos and codebook identical', () => {
    const source = fresh()
    buildFixture(source)
    const target = fresh()
    const outcomes = importQdaBytes(target, exportQdpx(source), 'project.qdpx')
    expect(outcomes.map((o) => o.outcome)).toEqual(['imported', 'imported'])
    expect(outcomes[0].message).toMatch(/3 themes added; 3 mapped onto existing themes of the same name/)
    // Every selection landed by its position alone: nothing needed re-anchoring on its recorded text.
    for (const o of outcomes) expect(o.message).not.toMatch(/re-anchored|recorded position|left out/)

    expect(codebook(target)).toEqual(codebook(source))
    expect(passages(target)).toEqual(passages(source))
    expect(passages(target)).toHaveLength(5)
    expect(articles(target)).toEqual(articles(source))
    expect(memos(target)).toEqual(memos(source))
    // The passages really carry what the fixture put in: emoji, a flag, non-BMP letters, notes.
    const texts = (passages(target) as { exact: string; note: string; themes: string }[]).map((p) => p.exact)
    expect(texts).toContain('𝒯𝒽ơ là chữ toán học')
    expect(texts).toContain('Nhật Bản 🇯🇵')
  })

  it('survives a second trip (export of the imported archive, into another empty one)', () => {
    const source = fresh()
    buildFixture(source)
    const middle = fresh()
    importQdaBytes(middle, exportQdpx(source), 'a.qdpx')
    const last = fresh()
    importQdaBytes(last, exportQdpx(middle), 'b.qdpx')
    expect(codebook(last)).toEqual(codebook(source))
    expect(passages(last)).toEqual(passages(source))
    expect(memos(last)).toEqual(memos(source))
  })

  it('importing the same project twice adds nothing the second time', () => {
    const source = fresh()
    buildFixture(source)
    const bytes = exportQdpx(source)
    const target = fresh()
    importQdaBytes(target, bytes, 'p.qdpx')
    const before = dumpArchive(target)
    const again = importQdaBytes(target, bytes, 'p.qdpx')
    expect(again.map((o) => o.outcome)).toEqual(['duplicate', 'duplicate'])
    expect(again[0].message).toMatch(/0 passages added, 4 already there/)
    expect(dumpArchive(target)).toBe(before)
  })

  it('imports from a file and logs one outcome per source in the batch log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-qdpx-'))
    dirs.push(dir)
    const source = fresh()
    buildFixture(source)
    const file = join(dir, 'dự án.qdpx')
    writeFileSync(file, exportQdpx(source))
    const target = fresh()
    const outcomes = await importQdaFile(target, file, 'batch-1')
    const logged = target.db
      .prepare("SELECT file, outcome, article_id FROM imports WHERE batch_id = 'batch-1'")
      .all()
    expect(logged).toEqual(
      outcomes.map((o) => ({ file: o.file, outcome: o.outcome, article_id: o.articleId }))
    )
    expect(logged).toHaveLength(2)
  })
})
