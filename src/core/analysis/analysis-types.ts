// The numbers the dashboard and the PDF brief draw: plain data, ready to chart or print.

/** Which articles an analysis looks at. Every field narrows; none means the whole archive. */
export interface AnalysisScope {
  articleIds?: number[]
  collectionId?: number
  /** Exact source name as stored (e.g. "example-news.vn"). */
  source?: string
  /** Publication dates, ISO 8601, inclusive ('2024-01' or '2024-01-31' both work). */
  from?: string
  to?: string
}

export interface ThemeCount {
  themeId: number
  name: string
  nameVi: string | null
  color: string
  parentId: number | null
  /** Passages tagged with this theme (orphans included: they are still coded text). */
  passages: number
  /** Articles with at least one such passage. */
  articles: number
  /** Passages tagged with this theme or any of its sub-themes, each counted once. */
  passagesWithSubThemes: number
}

export interface ThemeSourceCount {
  /** null: articles without a source. */
  source: string | null
  themeId: number
  passages: number
}

export interface ThemeMonthCount {
  /** 'YYYY-MM' of the article's publication date; null: undated articles. */
  month: string | null
  themeId: number
  passages: number
}

export interface ThemeArticleCount {
  articleId: number
  title: string
  themeId: number
  passages: number
}

export interface CooccurrenceRow {
  /** themeA < themeB. */
  themeA: number
  themeB: number
  /** Pairs of overlapping passages (or one passage) where one carries A and the other B. */
  overlapping: number
  /** Articles with passages of both themes. */
  sameArticle: number
}

export interface ThemeCoverage {
  themeId: number
  /** Characters (not counting white space) under at least one passage of the theme. */
  chars: number
  /** chars / the article's characters, 0–1. */
  share: number
}

export interface ArticleCoverage {
  articleId: number
  /** The article's characters, not counting white space. */
  chars: number
  themes: ThemeCoverage[]
  /** Under any theme at all. */
  anyTheme: { chars: number; share: number }
}

export interface Citation {
  articleId: number
  title: string
  source: string | null
  author: string | null
  publishedAt: string | null
  url: string | null
}

export interface ThemePassage {
  passageId: number
  articleId: number
  start: number
  end: number
  exact: string
  note: string
  status: 'anchored' | 'orphan'
  themeIds: number[]
  citation: Citation
}

export interface ArchiveStats {
  articles: number
  passages: number
  anchored: number
  orphans: number
  /** Passages whose last theme was deleted. */
  untagged: number
  memos: number
  collections: number
  themes: ThemeCount[]
}
