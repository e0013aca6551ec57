// Creating, editing, deleting and restoring passages, and refusing bad input without changing anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { listThemes } from '../themes/theme-store'
import { deletePassage, undoDeletePassage } from './passage-delete'
import { getPassage, listPassages } from './passage-store'
import { createPassage, reattachPassage, updatePassage } from './passage-write'
import { addArticle, openTestArchive, rangeOf } from './test-archive'

let archive: Archive
let article: number
let themes: { regional: number; foreign: number; outlook: number }

beforeEach(() => {
  archive = openTestArchive()
  article = addArticle(archive)
  const [regional, foreign, outlook] = listThemes(archive).map((t) => t.id)
  themes = { regional, foreign, outlook }
})
afterEach(() => archive.close())

function snapshot(): string {
  return JSON.stringify([
    archive.db.prepare('SELECT * FROM passages ORDER BY id').all(),
    archive.db.prepare('SELECT * FROM passage_themes ORDER BY passage_id, theme_id').all()
  ])
}

function folioError(fn: () => unknown): FolioError {
  try {
    fn()
  } catch (e) {
    if (e instanceof FolioError) return e
    throw e
  }
  throw new Error('expected a FolioError')
}

describe('createPassage', () => {
  it('stores the range with its quote and 32 characters of context, themes and note', () => {
    const r = rangeOf(archive, article, 'ký kết 15 bản ghi nhớ với đối tác nước ngoài')
    const p = createPassage(archive, {
      articleId: article,
      ...r,
      themeIds: [themes.foreign],
      note: 'Số liệu 2024'
    })
    expect(p.exact).toBe('ký kết 15 bản ghi nhớ với đối tác nước ngoài')
    expect(p.prefix).toHaveLength(32)
    expect(p.prefix.endsWith('đoàn khách quốc tế, ')).toBe(true)
    expect(p.suffix).toHaveLength(32)
    expect(p.suffix.startsWith(' và tham gia')).toBe(true)
    expect(p.themeIds).toEqual([themes.foreign])
    expect(p.note).toBe('Số liệu 2024')
    expect(p.status).toBe('anchored')
  })

  it('trims white space at the edges to the words', () => {
    const r = rangeOf(archive, article, 'Thứ hai, tỉnh đẩy mạnh')
    const p = createPassage(archive, {
      articleId: article,
      start: r.start - 2,
      end: r.end,
      themeIds: [themes.outlook]
    })
    expect(p.start).toBe(r.start)
    expect(p.exact).toBe('Thứ hai, tỉnh đẩy mạnh')
  })

  it('allows overlapping and nested passages with several themes', () => {
    const outer = rangeOf(archive, article, 'Tỉnh đón nhiều đoàn khách quốc tế, ký kết 15 bản ghi nhớ')
    const inner = rangeOf(archive, article, 'đoàn khách quốc tế')
    createPassage(archive, { articleId: article, ...outer, themeIds: [themes.foreign, themes.regional] })
    createPassage(archive, { articleId: article, ...inner, themeIds: [themes.foreign, themes.foreign] })
    const all = listPassages(archive, { articleId: article })
    expect(all).toHaveLength(2)
    expect(all[0].themeIds).toEqual([themes.regional, themes.foreign].sort((a, b) => a - b))
    expect(all[1].themeIds).toEqual([themes.foreign])
  })

  it.each([
    ['out of bounds', { start: 10, end: 99999 }, /outside article/],
    ['reversed', { start: 40, end: 20 }, /reversed/],
    ['empty', { start: 20, end: 20 }, /empty/],
    ['negative', { start: -1, end: 20 }, /negative/],
    ['not whole numbers', { start: 1.5, end: 20 }, /whole numbers/]
  ])('refuses a range that is %s, changing nothing', (_name, range, message) => {
    const before = snapshot()
    const e = folioError(() =>
      createPassage(archive, { articleId: article, ...range, themeIds: [themes.regional] })
    )
    expect(e.code).toBe('invalid-input')
    expect(e.message).toMatch(message)
    expect(snapshot()).toBe(before)
  })

  it('refuses a whitespace-only range, an unknown theme, no theme and an unknown article', () => {
    const before = snapshot()
    const gap = rangeOf(archive, article, '\n\n')
    expect(
      folioError(() => createPassage(archive, { articleId: article, ...gap, themeIds: [themes.regional] }))
        .message
    ).toMatch(/no words/)
    expect(
      folioError(() => createPassage(archive, { articleId: article, start: 0, end: 5, themeIds: [999] })).code
    ).toBe('not-found')
    expect(
      folioError(() => createPassage(archive, { articleId: article, start: 0, end: 5, themeIds: [] })).message
    ).toMatch(/at least one theme/)
    expect(
      folioError(() =>
        createPassage(archive, { articleId: 404, start: 0, end: 5, themeIds: [themes.regional] })
      ).code
    ).toBe('not-found')
    expect(snapshot()).toBe(before)
  })
})

describe('updatePassage, deletePassage, undoDeletePassage', () => {
  it('edits range, themes and note', () => {
    const r = rangeOf(archive, article, 'Thứ nhất, tỉnh sẽ tiếp tục')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [themes.outlook] })
    const wider = rangeOf(archive, article, 'Thứ nhất, tỉnh sẽ tiếp tục nâng cao hiệu quả')
    const q = updatePassage(archive, p.id, {
      ...wider,
      themeIds: [themes.outlook, themes.regional],
      note: 'mở rộng'
    })
    expect(q.exact).toBe('Thứ nhất, tỉnh sẽ tiếp tục nâng cao hiệu quả')
    expect(q.themeIds).toHaveLength(2)
    expect(q.note).toBe('mở rộng')
    const before = snapshot()
    expect(folioError(() => updatePassage(archive, p.id, { themeIds: [] })).code).toBe('invalid-input')
    expect(folioError(() => updatePassage(archive, p.id, { start: 3 })).code).toBe('invalid-input')
    expect(snapshot()).toBe(before)
  })

  it('re-attaches an orphan by a new range', () => {
    const r = rangeOf(archive, article, 'quy hoạch vùng')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [themes.regional] })
    archive.db.prepare("UPDATE passages SET status = 'orphan' WHERE id = ?").run(p.id)
    const q = reattachPassage(archive, p.id, r.start, r.end)
    expect(q.status).toBe('anchored')
  })

  it('deletes a passage and undoes the last delete with its themes and note', () => {
    const r = rangeOf(archive, article, 'nước sạch và giáo dục')
    const p = createPassage(archive, {
      articleId: article,
      ...r,
      themeIds: [themes.foreign, themes.outlook],
      note: 'NGO'
    })
    deletePassage(archive, p.id)
    expect(listPassages(archive)).toHaveLength(0)
    const back = undoDeletePassage(archive)
    expect(back).toMatchObject({
      id: p.id,
      exact: p.exact,
      note: 'NGO',
      themeIds: p.themeIds,
      status: 'anchored'
    })
    expect(getPassage(archive, p.id).exact).toBe('nước sạch và giáo dục')
    expect(folioError(() => undoDeletePassage(archive)).message).toMatch(/no deleted passage/)
  })
})
