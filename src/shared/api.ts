// The one contract between the UI and everything else: every method the renderer may call.
// Implemented by the preload (window.folio, over IPC) and by the HTTP client (web host); both end in
// the same dispatch (src/host/dispatch). Every method takes at most one plain object and resolves to
// plain data; Uint8Array is the only binary type. A failure rejects with an ApiError {code, message}.
import type * as T from './api-types'

export type * from './api-types'

/** Identifies a long job so its progress events can be followed and the job cancelled. */
export interface JobInput {
  jobId?: string
}

export interface FolioApi {
  // Archive and app
  getAppInfo(): Promise<T.AppInfo>
  getArchiveInfo(): Promise<T.ArchiveInfo>

  // Import (long jobs: progress arrives as 'progress' events with the same jobId)
  importPaths(input: { paths: string[]; encoding?: string } & JobInput): Promise<T.BatchResult>
  importFiles(input: { files: T.UploadedFile[]; encoding?: string } & JobInput): Promise<T.BatchResult>
  importUrls(input: { urls: string[] } & JobInput): Promise<T.BatchResult>
  cancelJob(input: { jobId: string }): Promise<{ cancelled: boolean }>

  // Articles
  listArticles(input?: {
    sort?: T.ArticleSort
    descending?: boolean
    offset?: number
    limit?: number
    filters?: T.SearchFilters
  }): Promise<T.ArticlePage>
  getArticle(input: { id: number }): Promise<T.Article>
  updateArticle(input: { id: number; patch: T.ArticlePatch }): Promise<T.UpdateArticleResult>
  deleteArticles(input: { ids: number[] }): Promise<T.DeleteArticlesResult>
  undoDeleteArticles(input: { undoToken: string }): Promise<{ restored: number }>

  // Search
  search(input: {
    query: string
    exact?: boolean
    filters?: T.SearchFilters
    cursor?: string | null
    limit?: number
    withFacets?: boolean
    /** A query's results by relevance (default), or by publication date. */
    sort?: T.SearchSort
  }): Promise<T.SearchPage>
  searchFacets(input: { query: string; exact?: boolean; filters?: T.SearchFilters }): Promise<T.SearchFacets>
  findInArticle(input: { articleId: number; query: string; exact?: boolean }): Promise<T.FindInArticleResult>

  // Passages
  listPassages(input?: {
    articleId?: number
    themeId?: number
    status?: T.PassageStatus
    offset?: number
    limit?: number
  }): Promise<T.PassageListItem[]>
  createPassage(input: {
    articleId: number
    start: number
    end: number
    themeIds: number[]
    note?: string
  }): Promise<T.Passage>
  updatePassage(input: {
    id: number
    start?: number
    end?: number
    themeIds?: number[]
    note?: string
  }): Promise<T.Passage>
  deletePassage(input: { id: number }): Promise<{ deleted: T.Passage }>
  /** Brings back the most recently deleted passage; null when there is nothing to undo. */
  undoDeletePassage(): Promise<T.Passage | null>
  listOrphans(input?: { articleId?: number }): Promise<T.PassageListItem[]>
  reattachPassage(input: { id: number; start: number; end: number }): Promise<T.Passage>

  // Codebook
  listThemes(): Promise<T.Theme[]>
  createTheme(input: {
    name: string
    nameVi?: string | null
    color?: string
    description?: string
    parentId?: number | null
    keywords?: string[]
  }): Promise<T.Theme>
  renameTheme(input: { id: number; name?: string; nameVi?: string | null }): Promise<T.Theme>
  recolorTheme(input: { id: number; color: string }): Promise<T.Theme>
  describeTheme(input: { id: number; description: string }): Promise<T.Theme>
  /** Sets the order of the children of `parentId` (null = top level). */
  reorderThemes(input: { parentId: number | null; orderedIds: number[] }): Promise<T.Theme[]>
  nestTheme(input: { id: number; parentId: number | null }): Promise<T.Theme>
  /** Moves every passage of `sourceId` to `targetId`, then removes `sourceId`. */
  mergeThemes(input: { sourceId: number; targetId: number }): Promise<T.Theme>
  /** 'refuse-if-used' (default) fails while passages carry it. Answers the deleted theme's id. */
  deleteTheme(input: {
    id: number
    mode?: T.ThemeDeleteMode
    moveToId?: number
  }): Promise<{ deleted: number }>
  setThemeKeywords(input: { id: number; keywords: string[] }): Promise<T.Theme>

  // Suggestions
  listSuggestions(input: {
    articleIds: number[]
    unit?: T.SuggestionUnit
    themeIds?: number[]
  }): Promise<T.Suggestion[]>
  acceptSuggestions(input: { items: T.SuggestionRef[]; unit?: T.SuggestionUnit }): Promise<T.Passage[]>
  rejectSuggestions(input: { items: T.SuggestionRef[] }): Promise<{ rejected: number }>

  // Memos
  getMemo(input: { target: T.MemoTarget }): Promise<T.Memo | null>
  /** Creates or replaces the target's memo; an empty body deletes it and answers null. */
  setMemo(input: { target: T.MemoTarget; body: string }): Promise<T.Memo | null>
  listMemos(input?: { kind?: T.MemoTarget['kind'] }): Promise<T.Memo[]>
  deleteMemo(input: { id: number }): Promise<{ deleted: boolean }>

  // Collections
  listCollections(): Promise<T.Collection[]>
  createCollection(input: { name: string }): Promise<T.Collection>
  renameCollection(input: { id: number; name: string }): Promise<T.Collection>
  deleteCollection(input: { id: number }): Promise<{ deleted: boolean }>
  addToCollection(input: { collectionId: number; articleIds: number[] }): Promise<T.Collection>
  removeFromCollection(input: { collectionId: number; articleIds: number[] }): Promise<T.Collection>

  // Analysis (the dashboard's numbers)
  passagesPerTheme(input?: { scope?: T.AnalysisScope }): Promise<T.ThemeCount[]>
  passagesPerMonth(input?: { scope?: T.AnalysisScope }): Promise<T.MonthThemeCount[]>
  passagesPerSource(input?: { scope?: T.AnalysisScope }): Promise<T.SourceThemeCount[]>
  themeCooccurrence(input?: {
    scope?: T.AnalysisScope
    level?: 'passage' | 'article'
  }): Promise<T.Cooccurrence[]>
  coverage(input: { articleId: number }): Promise<T.ThemeCoverage[]>

  // Exports: the core returns bytes; the UI saves them (saveFile on desktop, a download in a browser)
  exportArticlePdf(input: {
    articleId: number
    paperSize?: T.PaperSize
    language?: T.LabelLanguage
  }): Promise<T.ExportFile>
  previewThemeBrief(input: BriefInput): Promise<T.BriefPreview>
  exportThemeBrief(input: BriefInput & JobInput): Promise<T.ExportFile>
  exportCsv(input: { selection: T.ArticleSelection; themeIds?: number[] }): Promise<T.ExportFile>
  exportMarkdown(input: BriefInput): Promise<T.ExportFile>
  exportW3c(input: { selection: T.ArticleSelection; themeIds?: number[] }): Promise<T.ExportFile>
  exportQdpx(input?: JobInput): Promise<T.ExportFile>
  exportQdc(): Promise<T.ExportFile>

  // Settings and backup
  getSettings(): Promise<T.Settings>
  updateSettings(input: Partial<T.Settings>): Promise<T.Settings>
  backupNow(): Promise<T.BackupInfo>
  listBackups(): Promise<T.BackupInfo[]>

  // Desktop-only (native dialogs, the OS). In the web host these reject with code 'unavailable'.
  pickImportPaths(input: { kind: 'files' | 'folder' }): Promise<{ paths: string[] }>
  pickFolder(input?: { title?: string }): Promise<{ path: string | null }>
  saveFile(input: { file: T.ExportFile }): Promise<{ path: string | null }>
  openExternal(input: { url: string }): Promise<{ opened: boolean }>

  /** Progress, job results, menu commands. Returns the function that unsubscribes. */
  onEvent(listener: (event: T.FolioEvent) => void): () => void
}

export interface BriefInput {
  selection: T.ArticleSelection
  themeIds?: number[]
  order?: 'date' | 'article'
  includeNotes?: boolean
  paperSize?: T.PaperSize
  language?: T.LabelLanguage
  title?: string
}

/** Every request/response method (everything but onEvent). */
export type ApiMethod = Exclude<keyof FolioApi, 'onEvent'>
export type ApiInput<M extends ApiMethod> = Parameters<FolioApi[M]>[0]
export type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<FolioApi[M]>>
