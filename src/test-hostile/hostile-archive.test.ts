// Hostile content inside the archive: theme names that look like SQL or FTS5 syntax, control
// characters in notes, bad passage ranges, 10,000 passages on one article, hostile search queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openArchive, type Archive } from '../core/archive'
import { countArticles, insertArticle } from '../core/articles/article-store'
import { inTransaction } from '../core/db/connection'
import { FolioError } from '../core/errors'
import { createPassage } from '../core/passages/passage-write'
import { getPassage, listPassages } from '../core/passages/passage-store'
import { search } from '../core/search'
import { createTheme } from '../core/themes/theme-edit'
import { listThemes } from '../core/themes/theme-store'
import { assembleBlocks } from '../core/text/model'
import { removeTempDirs, tempDir } from '../core/safety/test-fixtures'
import { CONTROL_NOTE, GOOD_PARAGRAPH, RLO, SQL_LIKE, ZWSP } from './hostile-text'

let archive: Archive
let articleId: number
let themeId: number

beforeAll(() => {
  archive = openArchive(join(tempDir('folio-hostile-'), 'archive.sqlite'))
  const { body, blocks } = assembleBlocks([
    { kind: 'paragraph', text: GOOD_PARAGRAPH },
    { kind: 'paragraph', text: `Biểu tượng 😀 và chữ 𠀀 ngoài BMP. ${GOOD_PARAGRAPH}` }
  ])
  articleId = inTransaction(archive.db, () =>
    insertArticle(archive, { title: 'Bài thử nghiệm', body, blocks })
  ).id
  themeId = listThemes(archive)[0].id
})
afterAll(() => {
  archive.close()
  removeTempDirs()
})

/** Either a result or one FolioError line: never a raw SQLite/FTS5 error or a stack. */
function plainOutcome(fn: () => unknown): 'ok' | 'refused' {
  try {
    fn()
    return 'ok'
  } catch (e) {
    expect(e).toBeInstanceOf(FolioError)
    expect((e as Error).message).not.toMatch(/\n|fts5|syntax error|SQLITE/i)
    return 'refused'
  }
}

describe('theme names that look like SQL or FTS5 syntax', () => {
  for (const name of SQL_LIKE) {
    it(`keeps the theme ${JSON.stringify(name)} verbatim and searches by it safely`, () => {
      const before = countArticles(archive)
      const t = createTheme(archive, { name })
      expect(listThemes(archive).find((x) => x.id === t.id)?.name).toBe(name)
      createPassage(archive, { articleId, start: 0, end: 10, themeIds: [t.id] })
      const page = search(archive, { query: '', filters: { themeIds: [t.id] } })
      expect(page.hits.map((h) => h.article.id)).toEqual([articleId])
      plainOutcome(() => search(archive, { query: name }))
      expect(countArticles(archive)).toBe(before)
      expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok')
    })
  }

  it('refuses an empty theme name with one line', () => {
    expect(plainOutcome(() => createTheme(archive, { name: ` ${ZWSP} ` }))).toBe('refused')
  })

  it('handles a 10,000-character theme name', () => {
    plainOutcome(() => createTheme(archive, { name: 'Chủ đề '.repeat(1500) }))
  })

  it('keeps a theme name with an RTL override', () => {
    const t = createTheme(archive, { name: `${RLO}Đối ngoại mới` })
    expect(t.name).toContain('Đối ngoại mới')
  })
})

describe('notes and passages', () => {
  it('stores a note full of control characters without losing its words', () => {
    const p = createPassage(archive, {
      articleId,
      start: 5,
      end: 30,
      themeIds: [themeId],
      note: CONTROL_NOTE
    })
    const note = getPassage(archive, p.id).note
    for (const word of ['Ghi chú', 'chuông', 'màu ANSI', 'dòng', 'mới và', 'xóa'])
      expect(note).toContain(word)
  })

  it('refuses an over-long note with one line', () => {
    expect(
      plainOutcome(() =>
        createPassage(archive, {
          articleId,
          start: 0,
          end: 5,
          themeIds: [themeId],
          note: 'x'.repeat(100_000)
        })
      )
    ).toBe('refused')
  })

  const badRanges: [string, number, number][] = [
    ['past the end of the text', 0, 1_000_000],
    ['negative', -5, 10],
    ['empty', 10, 10],
    ['reversed', 20, 10],
    ['not whole numbers', 1.5, 9.25]
  ]
  for (const [what, start, end] of badRanges) {
    it(`refuses a passage range that is ${what}`, () => {
      expect(plainOutcome(() => createPassage(archive, { articleId, start, end, themeIds: [themeId] }))).toBe(
        'refused'
      )
    })
  }

  it('never stores half of a surrogate pair', () => {
    const body = archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as {
      body: string
    }
    const emoji = body.body.indexOf('😀')
    const outcome = plainOutcome(() =>
      createPassage(archive, { articleId, start: emoji + 1, end: emoji + 12, themeIds: [themeId] })
    )
    if (outcome === 'ok') {
      const last = listPassages(archive, { articleId }).at(-1)!
      expect(last.exact).toBe(last.exact.normalize('NFC'))
      expect(/^[\uDC00-\uDFFF]/.test(last.exact)).toBe(false)
    }
  })

  it('holds 10,000 passages on one article and lists them all', () => {
    const before = listPassages(archive, { articleId }).length
    inTransaction(archive.db, () => {
      for (let i = 0; i < 10_000; i++)
        createPassage(archive, {
          articleId,
          start: i % 100,
          end: (i % 100) + 5 + (i % 7),
          themeIds: [themeId]
        })
    })
    expect(listPassages(archive, { articleId })).toHaveLength(before + 10_000)
    expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok')
  }, 120_000)
})

describe('hostile search queries', () => {
  const queries = [
    'hợp tác '.repeat(2000),
    `${ZWSP}${ZWSP}${ZWSP}`,
    `${RLO}can tho`,
    'can\u0000tho',
    '\u0007\u001b[31m',
    'x'.repeat(100_000),
    '"'.repeat(501),
    '(((((((((',
    'title:hợp',
    'hợp*'.repeat(100),
    '-'.repeat(50),
    'OR OR OR AND NOT'
  ]
  for (const q of queries) {
    it(`answers ${JSON.stringify(q.slice(0, 24))}${q.length > 24 ? '…' : ''} with results or one line`, () => {
      plainOutcome(() => search(archive, { query: q }))
      plainOutcome(() => search(archive, { query: q, exact: true }))
    })
  }
})
