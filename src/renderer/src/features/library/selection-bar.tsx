// Actions on the selected articles: add to a collection, delete (with undo), make a brief.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { folioApi } from '../../api/folio-api'
import { passageDependents, qk } from '../../api/query-keys'
import { useInvalidate } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { useAppState } from '../../lib/app-state'

export function SelectionBar(): React.JSX.Element | null {
  const { t } = useTranslation()
  const state = useAppState()
  const invalidate = useInvalidate()
  const collections = useQuery({ queryKey: qk.collections, queryFn: () => folioApi().listCollections() })
  const [target, setTarget] = useState('')
  const [newName, setNewName] = useState('')
  const [undo, setUndo] = useState<{ token: string; count: number } | null>(null)
  const [error, setError] = useState<unknown>(null)
  const ids = [...state.selected]

  const run = async (fn: () => Promise<void>): Promise<void> => {
    setError(null)
    try {
      await fn()
    } catch (e) {
      setError(e)
    }
  }

  if (ids.length === 0 && !undo) return null
  return (
    <div className="selection-bar" role="region" aria-label={t('library.selected', { count: ids.length })}>
      {ids.length > 0 && (
        <>
          <strong>{t('library.selected', { count: ids.length })}</strong>
          <label>
            <span className="visually-hidden">{t('library.addToCollection')}</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('library.addToCollection')}</option>
              {(collections.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value="new">{t('library.newCollection')}</option>
            </select>
          </label>
          {target === 'new' && (
            <input
              type="text"
              aria-label={t('library.newCollection')}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
            />
          )}
          <button
            type="button"
            className="btn btn-small"
            disabled={!target || (target === 'new' && !newName.trim())}
            onClick={() =>
              void run(async () => {
                const id =
                  target === 'new'
                    ? (await folioApi().createCollection({ name: newName.trim() })).id
                    : Number(target)
                await folioApi().addToCollection({ collectionId: id, articleIds: ids })
                setTarget('')
                setNewName('')
                invalidate([qk.collections])
              })
            }
          >
            {target === 'new' ? t('library.create') : t('common.apply')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => state.go('brief')}>
            {t('library.exportSelected')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger"
            onClick={() =>
              void run(async () => {
                const r = await folioApi().deleteArticles({ ids })
                setUndo({ token: r.undoToken, count: r.deleted })
                state.setSelected(new Set())
                invalidate([qk.articles, ...passageDependents, qk.collections])
              })
            }
          >
            {t('library.deleteSelected')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => state.setSelected(new Set())}
          >
            {t('library.clearSelection')}
          </button>
        </>
      )}
      {undo && (
        <span className="row" role="status">
          {t('library.deleted', { count: undo.count })}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              void run(async () => {
                await folioApi().undoDeleteArticles({ undoToken: undo.token })
                setUndo(null)
                invalidate([qk.articles, ...passageDependents, qk.collections])
              })
            }
          >
            {t('common.undo')}
          </button>
        </span>
      )}
      <ErrorLine error={error} />
    </div>
  )
}
