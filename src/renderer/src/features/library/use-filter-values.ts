// The names the archive holds for the source and category filters, with how many articles carry each:
// the search facets over the whole archive (index reads, the 2,000 commonest of each).
import { useQuery } from '@tanstack/react-query'
import type { FacetCount } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'

export type TextFilterKind = 'sources' | 'categories'

/** The facets list at most this many sources and categories (MAX_NAME_FACETS in the core). */
const FACET_LIMIT = 2000

export interface KnownValues {
  /** undefined while loading (or when the archive could not say). */
  values: FacetCount[] | undefined
  /** Some names may be missing from `values`: a typed name not among them is not proof of absence. */
  partial: boolean
  failed: boolean
}

export function useFilterValues(kind: TextFilterKind, enabled: boolean): KnownValues {
  const q = useQuery({
    queryKey: ['filter-values', kind],
    enabled,
    // Archive changes invalidate every query (app.tsx); nothing else makes these go stale.
    staleTime: Infinity,
    queryFn: async (): Promise<{ values: FacetCount[]; partial: boolean }> => {
      const facets = await folioApi().searchFacets({ query: '' })
      const values = kind === 'sources' ? facets.sources : facets.categories
      return { values, partial: values.length >= FACET_LIMIT }
    }
  })
  return { values: q.data?.values, partial: q.data?.partial ?? false, failed: q.isError }
}
