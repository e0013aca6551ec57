// Small hooks over the contract shared by several views.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Theme } from '../../../shared/api'
import { useTranslation } from 'react-i18next'
import { useCallback } from 'react'
import { folioApi } from './folio-api'
import { qk } from './query-keys'

export function useThemes(): Theme[] {
  const q = useQuery({ queryKey: qk.themes, queryFn: () => folioApi().listThemes() })
  return q.data ?? []
}

export function useAppInfo() {
  return useQuery({ queryKey: qk.appInfo, queryFn: () => folioApi().getAppInfo(), staleTime: Infinity })
}

/** A theme's name in the interface language (the Vietnamese name when the UI is Vietnamese). */
export function useThemeName(): (theme: Pick<Theme, 'name' | 'nameVi'> | undefined) => string {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useCallback(
    (theme) => (theme ? (lang === 'vi' && theme.nameVi ? theme.nameVi : theme.name) : '?'),
    [lang]
  )
}

/** Invalidates a list of query key prefixes. */
export function useInvalidate(): (keys: readonly (readonly unknown[])[]) => void {
  const client = useQueryClient()
  return useCallback(
    (keys) => {
      for (const queryKey of keys) void client.invalidateQueries({ queryKey })
    },
    [client]
  )
}
