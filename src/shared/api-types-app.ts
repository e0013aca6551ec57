// Plain, serialisable shapes of the contract, part two: analysis, exports, settings, backup, events.
import type { BatchResult, SearchFilters } from './api-types'

// ── Analysis ────────────────────────────────────────────────────────────────────────────────────

/** Which articles an analysis looks at; every field narrows, none means the whole archive. */
export interface AnalysisScope {
  articleIds?: number[]
  collectionId?: number
  /** Exact source name as stored. */
  source?: string
  /** Publication dates, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string
  to?: string
}

export interface ThemeCount {
  themeId: number
  /** Passages tagged with the theme. */
  count: number
  /** passagesPerTheme only: articles with such passages, and passages of the theme or its sub-themes. */
  articles?: number
  countWithSubThemes?: number
}

export interface MonthThemeCount extends ThemeCount {
  /** 'YYYY-MM' of the article's publication date. Undated articles are left out of the timeline. */
  month: string
}

export interface SourceThemeCount extends ThemeCount {
  source: string | null
}

export interface Cooccurrence {
  themeA: number
  themeB: number
  count: number
}

export interface ThemeCoverage {
  themeId: number
  /** Characters of the body under this theme (overlaps counted once). */
  chars: number
  /** chars / body length, 0..1. */
  share: number
}

// ── Exports ─────────────────────────────────────────────────────────────────────────────────────

export type PaperSize = 'A4' | 'Letter'
export type LabelLanguage = 'vi' | 'en'

/** Which articles an export or brief covers. */
export type ArticleSelection =
  | { kind: 'articles'; articleIds: number[] }
  | { kind: 'collection'; collectionId: number }
  | { kind: 'search'; query: string; exact?: boolean; filters?: SearchFilters }
  | { kind: 'all' }

export interface ExportFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export interface BriefPreview {
  articles: number
  passages: number
  chapters: { themeId: number; name: string; passages: number; depth: number }[]
}

// ── Settings and backup ─────────────────────────────────────────────────────────────────────────

export interface Settings {
  language: LabelLanguage
  authorName: string
  paperSize: PaperSize
  /** null = the default folder next to the archive. */
  backupFolder: string | null
}

export interface BackupInfo {
  path: string
  createdAt: string
  sizeBytes: number
}

// ── Events (progress, menu commands) ────────────────────────────────────────────────────────────

export interface ProgressEvent {
  type: 'progress'
  jobId: string
  done: number
  total: number
  current: string
}

/** A job started by the shell itself (a file dropped on the window, a second launch with files). */
export interface JobFinishedEvent {
  type: 'job-finished'
  jobId: string
  result: BatchResult
}

export type MenuCommand =
  'import-files' | 'import-folder' | 'import-url' | 'export' | 'backup' | 'settings' | 'find' | 'about'

export interface MenuEvent {
  type: 'menu'
  command: MenuCommand
}

/** The archive changed underneath the UI (another archive opened, a restore): refetch everything. */
export interface ArchiveChangedEvent {
  type: 'archive-changed'
}

export type FolioEvent = ProgressEvent | JobFinishedEvent | MenuEvent | ArchiveChangedEvent
