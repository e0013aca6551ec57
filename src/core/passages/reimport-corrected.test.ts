// End to end through the importer: a corrected copy of a file (same name, same title) keeps a tagged
// passage attached with its corrected words; a copy without the passage's paragraph orphans it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { importPaths } from '../import/import-batch'
import { listThemes } from '../themes/theme-store'
import { findQuote } from './find-quote'
import { getPassage, listPassages } from './passage-store'
import { createPassage } from './passage-write'
import { openTestArchive, SECTIONED_PIECES } from './test-archive'

const TITLE = 'Vĩnh Long: Kết quả hợp tác năm 2024'
const TAGGED = 'ký kết 15 bản ghi nhớ với đối tác nước ngoài'

let dir: string
let archive: Archive

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-reimport-'))
  archive = openTestArchive()
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Writes a text clip (category line, title, blocks) as `<version>/vinh-long.txt`. */
function clip(version: string, edit: (text: string) => string | null = (t) => t): string {
  const blocks = SECTIONED_PIECES.map((p) => edit(p.text)).filter((t): t is string => Boolean(t))
  const folder = join(dir, version)
  mkdirSync(folder)
  const file = join(folder, 'vinh-long.txt')
  writeFileSync(file, ['Tin địa phương', TITLE, ...blocks, 'Nguồn tin: baovinhlong.vn'].join('\n\n') + '\n')
  return file
}

describe('re-importing a corrected copy', () => {
  it('keeps the passage attached with the new words, then orphans it when its paragraph goes', async () => {
    const first = await importPaths(archive, [clip('v1')])
    const articleId = first.outcomes[0].articleId as number
    expect(first.counts.imported).toBe(1)
    const foreign = listThemes(archive)[1].id
    const at = findQuote(getArticle(archive, articleId).body, TAGGED)
    const p = createPassage(archive, {
      articleId,
      start: at.start,
      end: at.end,
      themeIds: [foreign],
      note: 'số liệu'
    })

    const second = await importPaths(archive, [
      clip('v2', (t) => t.replace('ký kết 15 bản', 'ký kết 17 bản'))
    ])
    expect(second.outcomes[0]).toMatchObject({ outcome: 'imported', articleId })
    expect(archive.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 })
    const corrected = getPassage(archive, p.id)
    expect(corrected.status).toBe('anchored')
    expect(corrected.exact).toBe('ký kết 17 bản ghi nhớ với đối tác nước ngoài')
    expect(getArticle(archive, articleId).body.slice(corrected.start, corrected.end)).toBe(corrected.exact)

    const third = await importPaths(archive, [clip('v3', (t) => (t.includes('bản ghi nhớ') ? null : t))])
    expect(third.outcomes[0]).toMatchObject({ outcome: 'imported', articleId })
    const orphans = listPassages(archive, { status: 'orphan' })
    expect(orphans.map((o) => o.id)).toEqual([p.id])
    expect(orphans[0]).toMatchObject({ note: 'số liệu', themeIds: [foreign] })
  })
})
