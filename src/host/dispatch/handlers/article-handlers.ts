// Listing, reading and correcting articles. A filtered library listing is a filter-only search.
import { countArticles, getArticle, listArticles } from '../../../core/articles/article-store'
import { replaceArticleText } from '../../../core/passages'
import type { PartialHandlers } from '../handler-types'
import { blocksForCorrectedBody } from '../corrected-blocks'
import { searchArticles } from '../selection'
import { deleteArticlesWithUndo, undoDeleteArticles } from '../article-trash'

const hasFilters = (f: object | undefined): boolean =>
  !!f && Object.values(f).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0))

export const articleHandlers: PartialHandlers = {
  listArticles: (input, { archive }) => {
    if (hasFilters(input?.filters)) {
      // Filter-only searches come newest first; the sort options apply to the unfiltered library.
      const { articles, total } = searchArticles(
        archive,
        '',
        false,
        input?.filters,
        input?.offset ?? 0,
        input?.limit ?? Infinity
      )
      return { items: articles, total }
    }
    const items = listArticles(archive, {
      sort: input?.sort,
      descending: input?.descending,
      offset: input?.offset,
      limit: input?.limit
    })
    return { items, total: countArticles(archive) }
  },

  getArticle: ({ id }, { archive }) => getArticle(archive, id),

  // Metadata and text corrections both go through replaceArticleText, which re-anchors passages.
  updateArticle: ({ id, patch }, { archive }) => {
    const current = getArticle(archive, id)
    const body = patch.body ?? current.body
    const r = replaceArticleText(archive, id, {
      title: patch.title ?? current.title,
      body,
      blocks: patch.body === undefined ? current.blocks : blocksForCorrectedBody(body, current.blocks),
      category: patch.category,
      author: patch.author,
      source: patch.source,
      url: patch.url,
      publishedAt: patch.publishedAt,
      language: patch.language
    })
    return { article: getArticle(archive, id), reanchored: r.reanchored, orphaned: r.orphaned }
  },

  deleteArticles: ({ ids }, { archive }) => deleteArticlesWithUndo(archive, ids),
  undoDeleteArticles: ({ undoToken }, { archive }) => undoDeleteArticles(archive, undoToken)
}
