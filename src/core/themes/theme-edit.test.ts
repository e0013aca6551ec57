// The codebook: create, rename, recolour, describe, keywords, reorder, nest, merge and delete,
// each bad input refused with one clear message and nothing changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { createMemo, listMemos } from '../memos/memo-store'
import { listPassages } from '../passages/passage-store'
import { createPassage } from '../passages/passage-write'
import { addArticle, openTestArchive, rangeOf } from '../passages/test-archive'
import { deleteTheme } from './theme-delete'
import {
  createTheme,
  describeTheme,
  moveTheme,
  recolorTheme,
  renameTheme,
  setThemeKeywords
} from './theme-edit'
import { mergeThemes } from './theme-merge'
import { getTheme, listThemes, resolveTheme, themeTree } from './theme-store'

let archive: Archive
let article: number
let ids: { regional: number; foreign: number; outlook: number }

beforeEach(() => {
  archive = openTestArchive()
  article = addArticle(archive)
  const [regional, foreign, outlook] = listThemes(archive).map((t) => t.id)
  ids = { regional, foreign, outlook }
})
afterEach(() => archive.close())

function snapshot(): string {
  return JSON.stringify(
    ['themes', 'passage_themes', 'memos'].map((t) =>
      archive.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()
    )
  )
}

function refused(fn: () => unknown, message: RegExp): FolioError {
  const before = snapshot()
  let error: unknown
  try {
    fn()
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(FolioError)
  expect((error as FolioError).message).toMatch(message)
  expect(snapshot()).toBe(before)
  return error as FolioError
}

function tag(text: string, themeIds: number[]): number {
  return createPassage(archive, { articleId: article, ...rangeOf(archive, article, text), themeIds }).id
}

describe('resolveTheme', () => {
  it('finds a theme by id, English or Vietnamese name, ignoring case and accents', () => {
    for (const ref of [String(ids.foreign), 'Foreign affairs', 'đối ngoại', 'DOI NGOAI', ids.foreign]) {
      expect(resolveTheme(archive, ref).id).toBe(ids.foreign)
    }
    expect(() => resolveTheme(archive, 'Kinh tế')).toThrow(/There is no theme "Kinh tế"/)
  })
})

describe('createTheme and edits', () => {
  it('creates a theme with a fresh distinguishable colour, last in order', () => {
    const t = createTheme(archive, {
      name: 'Economy',
      nameVi: 'Kinh tế',
      keywords: ['đầu tư', 'Đầu tư', ' xuất khẩu ']
    })
    expect(t.position).toBe(3)
    expect(listThemes(archive).filter((x) => x.color === t.color)).toHaveLength(1)
    expect(t.keywords).toEqual(['đầu tư', 'xuất khẩu'])
  })

  it('refuses an empty name, a duplicate in any case or accents, a bad colour', () => {
    refused(() => createTheme(archive, { name: '   ' }), /cannot be empty/)
    expect(refused(() => createTheme(archive, { name: 'foreign AFFAIRS' }), /already a theme/).code).toBe(
      'duplicate'
    )
    refused(
      () => createTheme(archive, { name: 'Doi ngoai' }),
      /already a theme called "Foreign affairs \/ Đối ngoại"/
    )
    refused(() => createTheme(archive, { name: 'Economy', color: 'blue' }), /not a colour/)
    refused(() => createTheme(archive, { name: 'Economy', color: '#FFFF66' }), /hard to see/)
    refused(() => createTheme(archive, { name: 'Economy', parentId: 999 }), /no theme 999/)
  })

  it('renames both names, recolours, describes and edits keywords', () => {
    renameTheme(archive, ids.outlook, { name: 'Directions', nameVi: 'Định hướng' })
    recolorTheme(archive, ids.outlook, '#13878f')
    describeTheme(archive, ids.outlook, 'Kế hoạch và mục tiêu sắp tới.')
    setThemeKeywords(archive, ids.outlook, ['định hướng', 'kế hoạch'])
    expect(getTheme(archive, ids.outlook)).toMatchObject({
      name: 'Directions',
      nameVi: 'Định hướng',
      color: '#13878F',
      description: 'Kế hoạch và mục tiêu sắp tới.',
      keywords: ['định hướng', 'kế hoạch']
    })
    refused(() => renameTheme(archive, ids.outlook, { name: 'regional LINKS' }), /already a theme/)
    refused(() => renameTheme(archive, ids.outlook, { name: '' }), /cannot be empty/)
    refused(() => recolorTheme(archive, ids.outlook, '#2A7AB9'), /too close to the colour of "Regional links/)
    refused(() => recolorTheme(archive, 999, '#13878F'), /no theme 999/)
  })

  it('reorders and nests themes, refusing a loop', () => {
    moveTheme(archive, ids.outlook, { position: 0 })
    expect(listThemes(archive).map((t) => t.id)).toEqual([ids.outlook, ids.regional, ids.foreign])
    const sub = createTheme(archive, { name: 'Mekong cooperation', parentId: ids.regional })
    const subsub = createTheme(archive, { name: 'Water', parentId: sub.id })
    expect(
      themeTree(archive)
        .find((n) => n.id === ids.regional)
        ?.children.map((c) => c.id)
    ).toEqual([sub.id])
    refused(() => moveTheme(archive, ids.regional, { parentId: subsub.id }), /sub-theme of "Regional links/)
    refused(() => moveTheme(archive, ids.regional, { parentId: ids.regional }), /its own parent/)
    moveTheme(archive, subsub.id, { parentId: null, position: 1 })
    expect(
      listThemes(archive)
        .filter((t) => t.parentId === null)
        .map((t) => t.id)
    ).toEqual([ids.outlook, subsub.id, ids.regional, ids.foreign])
  })
})

describe('mergeThemes', () => {
  it('moves passages, sub-themes, memos and keywords; no passage gets a theme twice', () => {
    const both = tag('hợp tác liên kết vùng và đối ngoại', [ids.regional, ids.foreign])
    const onlyForeign = tag('đoàn khách quốc tế', [ids.foreign])
    const sub = createTheme(archive, { name: 'Diplomacy', parentId: ids.foreign })
    createMemo(archive, { target: { kind: 'theme', id: ids.foreign }, body: 'Quan hệ với nước ngoài.' })
    const res = mergeThemes(archive, ids.foreign, ids.regional)
    expect(res).toMatchObject({ passages: 2, alreadyTagged: 1, subThemes: 1, memos: 1 })
    expect(listThemes(archive).map((t) => t.id)).not.toContain(ids.foreign)
    const passages = listPassages(archive)
    expect(passages.find((p) => p.id === both)?.themeIds).toEqual([ids.regional])
    expect(passages.find((p) => p.id === onlyForeign)?.themeIds).toEqual([ids.regional])
    expect(getTheme(archive, sub.id).parentId).toBe(ids.regional)
    expect(listMemos(archive, { kind: 'theme', id: ids.regional })).toHaveLength(1)
    expect(getTheme(archive, ids.regional).keywords).toContain('ngoại giao')
  })

  it('refuses merging a theme into itself or into its own sub-theme', () => {
    const sub = createTheme(archive, { name: 'Diplomacy', parentId: ids.foreign })
    refused(() => mergeThemes(archive, ids.foreign, ids.foreign), /into itself/)
    refused(() => mergeThemes(archive, ids.foreign, sub.id), /is a sub-theme of "Foreign affairs/)
    refused(() => mergeThemes(archive, ids.foreign, 999), /no theme 999/)
  })
})

describe('deleteTheme', () => {
  it('refuses while passages use the theme, unless moved or the tag-only removal is confirmed', () => {
    const both = tag('hợp tác liên kết vùng và đối ngoại', [ids.regional, ids.foreign])
    const only = tag('đoàn khách quốc tế', [ids.foreign])
    expect(refused(() => deleteTheme(archive, ids.foreign), /used by 2 passages/).code).toBe('refused')
    createMemo(archive, { target: { kind: 'theme', id: ids.foreign }, body: 'Định nghĩa.' })
    const res = deleteTheme(archive, ids.foreign, { removeTagOnly: true })
    expect(res).toMatchObject({ passages: 2, untagged: 1, memosKept: 1 })
    expect(listPassages(archive).find((p) => p.id === both)?.themeIds).toEqual([ids.regional])
    expect(listPassages(archive, { untagged: true }).map((p) => p.id)).toEqual([only])
    expect(listMemos(archive, { kind: 'archive' })[0].body).toMatch(/deleted theme "Foreign affairs/)
  })

  it('moves passages to another theme, then deletes', () => {
    const p = tag('đoàn khách quốc tế', [ids.foreign])
    deleteTheme(archive, ids.foreign, { moveTo: ids.outlook })
    expect(listPassages(archive).find((x) => x.id === p)?.themeIds).toEqual([ids.outlook])
    expect(() => getTheme(archive, ids.foreign)).toThrow(/no theme/)
  })

  it('deletes an unused theme; its sub-themes move up a level', () => {
    const parent = createTheme(archive, { name: 'Society' })
    const child = createTheme(archive, { name: 'Education', parentId: parent.id })
    deleteTheme(archive, parent.id)
    expect(getTheme(archive, child.id).parentId).toBeNull()
  })
})
