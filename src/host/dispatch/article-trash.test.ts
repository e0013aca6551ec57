// Deleting articles with undo: everything that went with them comes back exactly, search included.
import { describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../core/archive'
import { insertArticle } from '../../core/articles/article-store'
import { assembleBlocks } from '../../core/text/model'
import { createPassage } from '../../core/passages'
import { addToCollection, createCollection } from '../../core/collections'
import { createMemo } from '../../core/memos'
import { listThemes } from '../../core/themes'
import { search } from '../../core/search'
import { deleteArticlesWithUndo, undoDeleteArticles } from './article-trash'

function addArticle(a: Archive, title: string, text: string): number {
  const { body, blocks } = assembleBlocks([{ kind: 'paragraph', text }])
  const r = insertArticle(a, { title, body, blocks, source: 'baocantho.com.vn' })
  return r.id
}

function dump(a: Archive): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const t of [
    'articles',
    'passages',
    'passage_themes',
    'collection_articles',
    'memos',
    'imports',
    'suggestion_rejections'
  ]) {
    out[t] = a.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()
  }
  return out
}

function setup() {
  const a = openArchive(':memory:')
  const [theme] = listThemes(a)
  const keep = addArticle(a, 'Hội nhập quốc tế', 'Bài viết về hội nhập và ngoại giao của thành phố.')
  const gone = addArticle(a, 'Đường cao tốc Cần Thơ', 'Tuyến cao tốc nối Cần Thơ với Cà Mau được khởi công.')
  createPassage(a, { articleId: gone, start: 0, end: 9, themeIds: [theme.id], note: 'đoạn đầu' })
  const c = createCollection(a, 'Giao thông')
  addToCollection(a, c.id, [gone, keep])
  createMemo(a, { target: { kind: 'article', id: gone }, body: 'Nguồn đáng tin cậy' })
  a.db
    .prepare(
      "INSERT INTO imports (batch_id, file, outcome, message, article_id) VALUES ('b', 'x.txt', 'imported', '', ?)"
    )
    .run(gone)
  a.db
    .prepare(
      'INSERT INTO suggestion_rejections (article_id, theme_id, start, end, exact) VALUES (?, ?, 10, 20, ?)'
    )
    .run(gone, theme.id, 'x')
  return { a, keep, gone }
}

describe('article trash', () => {
  it('deletes an article with everything attached, and undo restores it all, searchable again', () => {
    const { a, keep, gone } = setup()
    const before = dump(a)
    const r = deleteArticlesWithUndo(a, [gone])
    expect(r.deleted).toBe(1)
    const during = dump(a)
    expect(during.articles).toHaveLength(1)
    expect(during.passages).toEqual([])
    expect(during.memos).toEqual([])
    expect(during.collection_articles).toEqual([expect.objectContaining({ article_id: keep })])
    expect(search(a, { query: 'cao toc' }).total).toBe(0)

    expect(undoDeleteArticles(a, r.undoToken)).toEqual({ restored: 1 })
    expect(dump(a)).toEqual(before)
    expect(search(a, { query: 'cao toc' }).hits.map((h) => h.article.id)).toEqual([gone])
    expect(() => undoDeleteArticles(a, r.undoToken)).toThrow(/nothing to undo/)
    a.close()
  })

  it('refuses unknown ids and deletes nothing', () => {
    const { a, gone } = setup()
    const before = dump(a)
    expect(() => deleteArticlesWithUndo(a, [gone, 999])).toThrow('There is no article 999.')
    expect(dump(a)).toEqual(before)
    a.close()
  })
})
