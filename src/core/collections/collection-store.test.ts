// Collections: named sets of articles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { deleteArticle } from '../articles/article-store'
import { addArticle, openTestArchive } from '../passages/test-archive'
import {
  addToCollection,
  articleCollections,
  collectionArticleIds,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
  resolveCollection
} from './collection-store'

let archive: Archive
beforeEach(() => {
  archive = openTestArchive()
})
afterEach(() => archive.close())

describe('collections', () => {
  it('creates, fills, lists, renames and deletes a collection without touching articles', () => {
    const a = addArticle(archive)
    const b = addArticle(archive, 'Bài thứ hai', [{ kind: 'paragraph', text: 'Nội dung khác hẳn.' }])
    const c = createCollection(archive, 'Đồng bằng sông Cửu Long')
    expect(addToCollection(archive, c.id, [a, b, a])).toBe(2)
    expect(collectionArticleIds(archive, c.id)).toEqual([a, b])
    expect(resolveCollection(archive, 'dong bang song cuu long').id).toBe(c.id)
    expect(articleCollections(archive, a).map((x) => x.name)).toEqual(['Đồng bằng sông Cửu Long'])
    expect(removeFromCollection(archive, c.id, [a])).toBe(1)
    expect(listCollections(archive)[0].articleCount).toBe(1)
    deleteArticle(archive, b)
    expect(listCollections(archive)[0].articleCount).toBe(0)
    expect(renameCollection(archive, c.id, 'ĐBSCL').name).toBe('ĐBSCL')
    deleteCollection(archive, c.id)
    expect(listCollections(archive)).toHaveLength(0)
    expect(archive.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 })
  })

  it('refuses an empty or duplicate name and unknown articles, changing nothing', () => {
    const c = createCollection(archive, 'Đối ngoại')
    expect(() => createCollection(archive, ' ')).toThrow(/cannot be empty/)
    expect(() => createCollection(archive, 'doi NGOAI')).toThrow(/already a collection/)
    expect(() => addToCollection(archive, c.id, [999])).toThrow(/no article 999/)
    expect(listCollections(archive)).toEqual([
      expect.objectContaining({ name: 'Đối ngoại', articleCount: 0 })
    ])
  })
})
