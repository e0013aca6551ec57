// Plain, serialisable data shapes that cross the contract (IPC or HTTP). No Node, no DOM, no core imports.

/** A half-open range [start, end) in UTF-16 code units of an article's body. */
export interface TextRange {
  start: number
  end: number
}

export type BlockKind = 'heading' | 'paragraph' | 'lede' | 'caption' | 'quote' | 'list-item'

export interface Block extends TextRange {
  kind: BlockKind
  level?: number
}

// ── Archive and app ─────────────────────────────────────────────────────────────────────────────

export interface ArchiveInfo {
  path: string
  schemaVersion: number
  articles: number
  passages: number
  themes: number
}

export interface AppInfo {
  /** 'desktop' = Electron (native dialogs available); 'web' = the loopback host in a browser. */
  shell: 'desktop' | 'web'
  version: string
  platform: string
}

// ── Articles ────────────────────────────────────────────────────────────────────────────────────

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

export type ArticleSort = 'imported' | 'published' | 'title' | 'source'

/** A query's results by relevance, or by publication date. */
export type SearchSort = 'relevance' | 'newest' | 'oldest'

export interface ArticlePage {
  items: ArticleSummary[]
  total: number
}

export interface ArticlePatch {
  title?: string
  category?: string | null
  author?: string | null
  source?: string | null
  url?: string | null
  publishedAt?: string | null
  language?: string | null
  /** A corrected text; passages re-anchor, those that cannot be placed become orphans. */
  body?: string
}

export interface UpdateArticleResult {
  article: Article
  reanchored: number
  orphaned: number
}

export interface DeleteArticlesResult {
  deleted: number
  /** Pass to undoDeleteArticles to bring them back (with their passages). */
  undoToken: string
}

// ── Import ──────────────────────────────────────────────────────────────────────────────────────

export type ImportOutcomeKind = 'imported' | 'duplicate' | 'refused' | 'failed'

export interface ImportOutcome {
  /** File name, path or URL as given. */
  file: string
  outcome: ImportOutcomeKind
  message: string
  articleId: number | null
  title?: string
}

export interface BatchResult {
  batchId: string
  outcomes: ImportOutcome[]
  cancelled: boolean
  counts: Record<ImportOutcomeKind, number>
}

/** A file handed over by content (drag-and-drop, <input type=file>, upload). */
export interface UploadedFile {
  name: string
  bytes: Uint8Array
}

// ── Search ──────────────────────────────────────────────────────────────────────────────────────

export interface SearchFilters {
  themeIds?: number[]
  sources?: string[]
  categories?: string[]
  collectionId?: number
  /** ISO dates (inclusive), compared with publishedAt. */
  from?: string
  to?: string
  language?: string
  hasPassages?: boolean
}

export interface Snippet {
  /** Text of the original body (diacritics intact). */
  text: string
  /** Match ranges inside `text`. */
  highlights: TextRange[]
  /** Offset of `text` in the article body, so a click can land on it. */
  bodyStart: number
  /** True when the snippet does not begin at the start / end at the end of the body. */
  clippedStart?: boolean
  clippedEnd?: boolean
}

export interface SearchHit {
  article: ArticleSummary
  score: number
  titleHighlights: TextRange[]
  snippet: Snippet | null
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchFacets {
  sources: FacetCount[]
  categories: FacetCount[]
  /** value = theme id as a string. */
  themes: FacetCount[]
  years: FacetCount[]
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  /** Opaque; pass back for the next page. null at the end. */
  nextCursor: string | null
  facets?: SearchFacets
}

export interface FindInArticleResult {
  /** Every match in the body, in order. */
  ranges: TextRange[]
  /** Every match in the title. */
  titleRanges?: TextRange[]
}

// ── Passages ────────────────────────────────────────────────────────────────────────────────────

export type PassageStatus = 'anchored' | 'orphan'

export interface Passage {
  id: number
  articleId: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  status: PassageStatus
  themeIds: number[]
  createdAt: string
  updatedAt: string
}

/** A passage with the citation of its article (for lists across articles and briefs). */
export interface PassageListItem extends Passage {
  article: { id: number; title: string; source: string | null; publishedAt: string | null }
}

// ── Codebook ────────────────────────────────────────────────────────────────────────────────────

export interface Theme {
  id: number
  name: string
  nameVi: string | null
  color: string
  description: string
  parentId: number | null
  position: number
  keywords: string[]
  /** Passages tagged with this theme. */
  passageCount: number
}

export type ThemeDeleteMode = 'refuse-if-used' | 'remove-tags' | 'move-to'

// ── Suggestions ─────────────────────────────────────────────────────────────────────────────────

export type SuggestionUnit = 'sentence' | 'paragraph'

export interface Suggestion {
  /** Stable for the same text: articleId:themeId:start:end. */
  id: string
  articleId: number
  themeId: number
  start: number
  end: number
  exact: string
  unit: SuggestionUnit
  /** 0–1. */
  score: number
  /** Words or phrases (as found in the text) that triggered it, without repeats. */
  triggers: string[]
  /** Where each trigger occurs in the body. */
  triggerRanges: TextRange[]
  /** The heading of the section the passage sits in. */
  section: string | null
  /** That heading when it counted as evidence for the theme. */
  heading: string | null
}

export interface SuggestionRef {
  articleId: number
  themeId: number
  start: number
  end: number
}

// ── Memos and collections ───────────────────────────────────────────────────────────────────────

export type MemoTarget = { kind: 'theme'; id: number } | { kind: 'article'; id: number } | { kind: 'archive' }

export interface Memo {
  id: number
  target: MemoTarget
  body: string
  createdAt: string
  updatedAt: string
}

export interface Collection {
  id: number
  name: string
  articleCount: number
  createdAt: string
}

export type * from './api-types-app'
