// Library filters: theme, source, category, collection and date range.
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SearchFilters } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useThemeName, useThemes } from '../../api/use-folio'

export function LibraryFilters(props: {
  filters: SearchFilters
  onChange: (f: SearchFilters) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const themes = useThemes()
  const name = useThemeName()
  const collections = useQuery({ queryKey: qk.collections, queryFn: () => folioApi().listCollections() })
  const f = props.filters
  const set = (patch: Partial<SearchFilters>): void => {
    const next: SearchFilters = { ...f, ...patch }
    for (const k of Object.keys(next) as (keyof SearchFilters)[]) {
      const v = next[k]
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k]
    }
    props.onChange(next)
  }
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
      <label className="field">
        <span>{t('library.source')}</span>
        <input
          type="text"
          value={f.sources?.[0] ?? ''}
          placeholder={t('library.anySource')}
          onChange={(e) => set({ sources: e.target.value ? [e.target.value] : undefined })}
        />
      </label>
      <label className="field">
        <span>{t('library.category')}</span>
        <input
          type="text"
          value={f.categories?.[0] ?? ''}
          placeholder={t('library.anyCategory')}
          onChange={(e) => set({ categories: e.target.value ? [e.target.value] : undefined })}
        />
      </label>
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
        <button type="button" className="btn btn-small" onClick={() => props.onChange({})}>
          {t('library.clearFilters')}
        </button>
      )}
    </fieldset>
  )
}
