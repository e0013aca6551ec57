// Article rows as the rest of Folio sees them.
import type { Block } from '../text/model'

export interface ArticleSummary {
  id: number
  title: string
  category: string | null
  author: string | null
  source: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
  importedAt: string
  passageCount: number
  /** Ids of the themes used by this article's passages. */
  themeIds: number[]
}

export interface Article extends ArticleSummary {
  body: string
  blocks: Block[]
  originalName: string | null
  originalFormat: string | null
  encoding: string | null
  originalHash: string | null
  contentHash: string
  updatedAt: string
}
