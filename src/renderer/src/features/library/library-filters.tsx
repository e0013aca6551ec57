// Library filters: theme, source, category, collection and date range.
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SearchFilters } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useThemeName, useThemes } from '../../api/use-folio'
import type { LibrarySearch } from '../../lib/app-state'
import type { TextFilterKind } from './use-filter-values'
import { ValueFilterField, type TextFilterChange } from './value-filter-field'

const TEXT_FILTERS: readonly TextFilterKind[] = ['sources', 'categories']
type Typed = NonNullable<LibrarySearch['typed']>

export function LibraryFilters(props: {
  filters: SearchFilters
  /** The text typed in the name filters (the filters hold the archive's names it stands for). */
  typed: LibrarySearch['typed']
  onChange: (f: SearchFilters, typed?: Typed) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const themes = useThemes()
  const name = useThemeName()
  const collections = useQuery({ queryKey: qk.collections, queryFn: () => folioApi().listCollections() })
  const f = props.filters
  const set = (patch: Partial<SearchFilters>, typed: Typed | undefined = props.typed): void => {
    const next: SearchFilters = { ...f, ...patch }
    for (const k of Object.keys(next) as (keyof SearchFilters)[]) {
      const v = next[k]
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k]
    }
    props.onChange(next, typed)
  }
  const setText = (kind: TextFilterKind, c: TextFilterChange): void =>
    set({ [kind]: c.values }, { ...props.typed, [kind]: c.typed })
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('library.filters')}</legend>
      <label className="field">
        <span>{t('library.theme')}</span>
        <select
          value={f.themeIds?.[0] ?? ''}
          onChange={(e) => set({ themeIds: e.target.value ? [Number(e.target.value)] : undefined })}
        >
          <option value="">{t('library.anyTheme')}</option>
          {themes.map((th) => (
            <option key={th.id} value={th.id}>
              {name(th)}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FILTERS.map((kind) => (
        <ValueFilterField
          key={kind}
          kind={kind}
          typed={props.typed?.[kind]}
          applied={f[kind]}
          onChange={(c) => setText(kind, c)}
        />
      ))}
      <label className="field">
        <span>{t('library.collection')}</span>
        <select
          value={f.collectionId ?? ''}
          onChange={(e) => set({ collectionId: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('library.anyCollection')}</option>
          {(collections.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.articleCount})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('library.from')}</span>
        <input
          type="date"
          value={f.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label className="field">
        <span>{t('library.to')}</span>
        <input type="date" value={f.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      {Object.keys(f).length > 0 && (
        <button type="button" className="btn btn-small" onClick={() => props.onChange({}, {})}>
          {t('library.clearFilters')}
        </button>
      )}
    </fieldset>
  )
}
