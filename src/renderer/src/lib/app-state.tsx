// Where the person is in the app (view, open article, library selection, current search), shared by
// every view through one context. No URL routing: the page address carries only the host's token.
import { createContext, useContext, useMemo, useState } from 'react'
import type { SearchFilters } from '../../../shared/api'
import { useSharedDraftGuard } from './draft-guard'

export const VIEWS = [
  'library',
  'reader',
  'codebook',
  'suggestions',
  'dashboard',
  'brief',
  'import',
  'settings'
] as const
export type View = (typeof VIEWS)[number]

/** A place in an article to scroll to and mark (a search hit or a passage). */
export interface Landing {
  start: number
  end: number
  passageId?: number
}

/** What the user typed in a name filter; the filter itself holds the archive's names it stands for. */
export interface TypedFilter {
  text: string
  /** No name in the archive is like the text (the list is empty for that reason). */
  unmatched: boolean
}

export interface LibrarySearch {
  query: string
  exact: boolean
  filters: SearchFilters
  typed?: { sources?: TypedFilter; categories?: TypedFilter }
}

interface AppState {
  view: View
  articleId: number | null
  landing: Landing | null
  selected: ReadonlySet<number>
  search: LibrarySearch
  /** Leaving a view that holds an unsaved draft asks first; a refusal leaves everything as it was. */
  go(view: View): void
  /** Asks first too: the reader starts afresh for another article (or another place in it). */
  openArticle(id: number, landing?: Landing | null): void
  setSelected(ids: ReadonlySet<number>): void
  setSearch(search: LibrarySearch): void
}

const Ctx = createContext<AppState | null>(null)

export function AppStateProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const [view, setView] = useState<View>('library')
  const [articleId, setArticleId] = useState<number | null>(null)
  const [landing, setLanding] = useState<Landing | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [search, setSearch] = useState<LibrarySearch>({ query: '', exact: false, filters: {} })
  const drafts = useSharedDraftGuard()

  const value = useMemo<AppState>(
    () => ({
      view,
      articleId,
      landing,
      selected,
      search,
      go(next) {
        if (next !== view && drafts.mayDiscard()) setView(next)
      },
      openArticle(id, land = null) {
        if (!drafts.mayDiscard()) return
        setArticleId(id)
        setLanding(land)
        setView('reader')
      },
      setSelected,
      setSearch
    }),
    [view, articleId, landing, selected, search, drafts]
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useAppState(): AppState {
  const v = useContext(Ctx)
  if (!v) throw new Error('useAppState outside AppStateProvider')
  return v
}
