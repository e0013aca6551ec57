// Replacing an article's text with a corrected copy, re-anchoring its passages: filled in by the passages module.
import type { Archive } from '../archive'
import type { ArticleDraft } from '../text/model'

export interface ReplaceResult {
  articleId: number
  reanchored: number
  orphaned: number
}

/** Call inside a transaction. Updates title/body/blocks/metadata of article `articleId` from `draft`. */
export function replaceArticleText(_archive: Archive, articleId: number, _draft: ArticleDraft): ReplaceResult {
  return { articleId, reanchored: 0, orphaned: 0 }
}
