// Codebook mutations: every operation of the core, each refreshing what depends on themes.
import { useMutation } from '@tanstack/react-query'
import type { FolioApi } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { passageDependents, qk } from '../../api/query-keys'
import { useInvalidate } from '../../api/use-folio'

export function useCodebookAction() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (fn: (api: FolioApi) => Promise<unknown>) => fn(folioApi()),
    onSettled: () => invalidate([qk.themes, qk.memos, ...passageDependents])
  })
}
