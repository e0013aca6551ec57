// Passages as the rest of Folio sees them.

export type PassageStatus = 'anchored' | 'orphan'

export interface Passage {
  id: number
  articleId: number
  /** UTF-16 offsets into the article's NFC body, end exclusive. Stale (the last known place) for an orphan. */
  start: number
  end: number
  /** The quoted text and 32 characters of context on each side. */
  exact: string
  prefix: string
  suffix: string
  note: string
  /** 'orphan': the article's text changed and the quote could not be found again; kept for review. */
  status: PassageStatus
  /** Sorted; empty only when the passage's last theme was deleted ("untagged"). */
  themeIds: number[]
  createdAt: string
  updatedAt: string
}

export interface NewPassage {
  articleId: number
  start: number
  end: number
  themeIds: number[]
  note?: string
}

export interface PassagePatch {
  /** A new range (both or neither); re-attaches an orphan. */
  start?: number
  end?: number
  /** Replaces the passage's themes (at least one). */
  themeIds?: number[]
  note?: string
}

export interface PassageFilter {
  articleId?: number
  /** Passages with this theme (and, with includeSubThemes, any of its sub-themes). */
  themeId?: number
  includeSubThemes?: boolean
  status?: PassageStatus
  /** Only passages with no theme left. */
  untagged?: boolean
  limit?: number
  offset?: number
}
