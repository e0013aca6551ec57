// Query keys in one place, so a mutation can invalidate exactly what it changed.
export const qk = {
  themes: ['themes'] as const,
  articles: ['articles'] as const,
  article: (id: number) => ['article', id] as const,
  passages: ['passages'] as const,
  articlePassages: (id: number) => ['passages', 'article', id] as const,
  orphans: (id: number) => ['passages', 'orphans', id] as const,
  search: ['search'] as const,
  suggestions: ['suggestions'] as const,
  analysis: ['analysis'] as const,
  collections: ['collections'] as const,
  memos: ['memos'] as const,
  settings: ['settings'] as const,
  appInfo: ['app-info'] as const
}

/** Everything a change to passages can affect. */
export const passageDependents = [qk.passages, qk.articles, qk.search, qk.analysis, qk.themes, qk.suggestions]
