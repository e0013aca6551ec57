// Where the person is in the app (view, open article, library selection, current search), shared by
// every view through one context. No URL routing: the page address carries only the host's token.
import { createContext, useContext, useMemo, useState } from 'react'
import type { SearchFilters } from '../../../shared/api'

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

export interface LibrarySearch {
  query: string
  exact: boolean
  filters: SearchFilters
}

interface AppState {
  view: View
  articleId: number | null
  landing: Landing | null
  selected: ReadonlySet<number>
  search: LibrarySearch
  go(view: View): void
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

  const value = useMemo<AppState>(
    () => ({
      view,
      articleId,
      landing,
      selected,
      search,
      go: setView,
      openArticle(id, land = null) {
        setArticleId(id)
        setLanding(land)
        setView('reader')
      },
      setSelected,
      setSearch
    }),
    [view, articleId, landing, selected, search]
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useAppState(): AppState {
  const v = useContext(Ctx)
  if (!v) throw new Error('useAppState outside AppStateProvider')
  return v
}
