// Replacing an article's text with a corrected copy: passages follow their words or become orphans.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { FolioError } from '../errors'
import { listThemes } from '../themes/theme-store'
import { deletePassage, undoDeletePassage } from './passage-delete'
import { getPassage, listPassages } from './passage-store'
import { createPassage } from './passage-write'
import { replaceArticleText } from './replace-article-text'
import { rejectSuggestion } from '../suggest/suggestion-actions'
import { suggestPassages } from '../suggest/suggest-passages'
import { addArticle, draftOf, openTestArchive, rangeOf, SECTIONED_PIECES, type Pieces } from './test-archive'

const TITLE = 'Vĩnh Long: Kết quả hợp tác năm 2024'
let archive: Archive
let article: number
let foreign: number

function edited(fn: (text: string) => string | null): Pieces {
  return SECTIONED_PIECES.map((p) => ({ ...p, text: fn(p.text) ?? '' })).filter((p) => p.text)
}

beforeEach(() => {
  archive = openTestArchive()
  article = addArticle(archive)
  foreign = listThemes(archive)[1].id
})
afterEach(() => archive.close())

describe('replaceArticleText', () => {
  it('keeps a passage attached, with the new words, when a word inside it is corrected', () => {
    const r = rangeOf(archive, article, 'ký kết 15 bản ghi nhớ với đối tác nước ngoài')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [foreign] })
    const corrected = edited((t) => t.replace('ký kết 15 bản', 'ký kết 17 bản'))
    const res = replaceArticleText(archive, article, draftOf(TITLE, corrected))
    expect(res).toMatchObject({ articleId: article, reanchored: 1, moved: 1, orphaned: 0 })
    const after = getPassage(archive, p.id)
    expect(after.status).toBe('anchored')
    expect(after.exact).toBe('ký kết 17 bản ghi nhớ với đối tác nước ngoài')
    const body = getArticle(archive, article).body
    expect(body.slice(after.start, after.end)).toBe(after.exact)
  })

  it('moves a passage when text is added above it and updates blocks and hash', () => {
    const r = rangeOf(archive, article, 'Thứ hai, tỉnh đẩy mạnh cải cách hành chính')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [foreign] })
    const oldHash = getArticle(archive, article).contentHash
    const pieces: Pieces = [
      { kind: 'paragraph', text: 'Cập nhật: bài viết đã được bổ sung số liệu.' },
      ...SECTIONED_PIECES
    ]
    const res = replaceArticleText(archive, article, draftOf(TITLE, pieces, { author: 'Lê Minh' }))
    expect(res).toMatchObject({ reanchored: 1, orphaned: 0 })
    const after = getPassage(archive, p.id)
    expect(after.start).toBeGreaterThan(p.start)
    const art = getArticle(archive, article)
    expect(art.body.slice(after.start, after.end)).toBe(p.exact)
    expect(art.contentHash).not.toBe(oldHash)
    expect(art.author).toBe('Lê Minh')
    expect(art.blocks[0].kind).toBe('paragraph')
  })

  it('makes an orphan (kept, listed) of a passage whose paragraph was removed', () => {
    const r = rangeOf(archive, article, 'Các tổ chức phi chính phủ nước ngoài hỗ trợ tỉnh')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [foreign], note: 'NGO' })
    const res = replaceArticleText(
      archive,
      article,
      draftOf(
        TITLE,
        edited((t) => (t.startsWith('Các tổ chức') ? null : t))
      )
    )
    expect(res).toMatchObject({ reanchored: 0, orphaned: 1 })
    const orphans = listPassages(archive, { status: 'orphan' })
    expect(orphans.map((o) => o.id)).toEqual([p.id])
    expect(orphans[0]).toMatchObject({ exact: p.exact, note: 'NGO', themeIds: [foreign] })
  })

  it('re-attaches an orphan when a later copy brings its words back', () => {
    const r = rangeOf(archive, article, 'Các tổ chức phi chính phủ nước ngoài hỗ trợ tỉnh')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [foreign] })
    replaceArticleText(
      archive,
      article,
      draftOf(
        TITLE,
        edited((t) => (t.startsWith('Các tổ chức') ? null : t))
      )
    )
    const res = replaceArticleText(archive, article, draftOf(TITLE, SECTIONED_PIECES))
    expect(res).toMatchObject({ reanchored: 1, orphaned: 0 })
    expect(getPassage(archive, p.id).status).toBe('anchored')
  })

  it('undo of a delete places the passage in the text as it is now', () => {
    const r = rangeOf(archive, article, 'Thứ hai, tỉnh đẩy mạnh cải cách hành chính')
    const p = createPassage(archive, { articleId: article, ...r, themeIds: [foreign] })
    deletePassage(archive, p.id)
    replaceArticleText(
      archive,
      article,
      draftOf(TITLE, [{ kind: 'lede', text: 'Tin mới.' }, ...SECTIONED_PIECES])
    )
    const back = undoDeletePassage(archive)
    expect(back.start).toBe(p.start + 'Tin mới.\n\n'.length)
    expect(back.exact).toBe(p.exact)
  })

  it('refuses a corrected copy identical to another article, changing nothing', () => {
    const other = addArticle(archive, 'Một bài khác', [
      { kind: 'paragraph', text: 'Nội dung hoàn toàn khác.' }
    ])
    const before = getArticle(archive, article)
    expect(() =>
      replaceArticleText(
        archive,
        article,
        draftOf('Một bài khác', [{ kind: 'paragraph', text: 'Nội dung hoàn toàn khác.' }])
      )
    ).toThrow(FolioError)
    expect(getArticle(archive, article).body).toBe(before.body)
    expect(other).toBeGreaterThan(article)
  })

  it('keeps a rejected suggestion rejected after text is added above it', () => {
    const s = suggestPassages(archive, article).find(
      (x) => x.themeId === foreign && x.exact.startsWith('Tỉnh đón')
    )!
    rejectSuggestion(archive, s)
    replaceArticleText(
      archive,
      article,
      draftOf(TITLE, [{ kind: 'lede', text: 'Tin mới.' }, ...SECTIONED_PIECES])
    )
    const again = suggestPassages(archive, article).filter((x) => x.themeId === foreign)
    expect(again.map((x) => x.exact)).not.toContain(s.exact)
  })
})
