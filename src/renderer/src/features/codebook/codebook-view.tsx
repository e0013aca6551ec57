// The codebook: themes with colours, counts and nesting; drag (or the move buttons) to reorder; add; edit.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useThemeName, useThemes } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { useSharedDraftGuard } from '../../lib/draft-guard'
import { formatNumber } from '../../lib/format'
import { ThemeEditor } from './theme-editor'
import { flattenTree, moveAmongSiblings } from './theme-tree'
import { useCodebookAction } from './use-codebook'

export function CodebookView(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const themes = useThemes()
  const label = useThemeName()
  const act = useCodebookAction()
  const drafts = useSharedDraftGuard()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [dragId, setDragId] = useState<number | null>(null)
  const [newName, setNewName] = useState('')
  const [newNameVi, setNewNameVi] = useState('')
  const [newColor, setNewColor] = useState('#5B7A3A')
  const nodes = flattenTree(themes)
  const selected = themes.find((x) => x.id === (selectedId ?? nodes[0]?.theme.id))
  // The first theme, shown before any is chosen, is held by id: reordering must not swap the editor
  // (and drop what is typed in it) for whichever theme comes first next.
  const firstId = nodes[0]?.theme.id
  const selectedGone = selectedId !== null && !themes.some((x) => x.id === selectedId)
  // set while rendering (React re-renders at once), so the editor never mounts for a stale choice
  if ((selectedId === null || selectedGone) && firstId !== undefined) setSelectedId(firstId)

  const siblingsOf = (id: number): { parentId: number | null; ids: number[] } => {
    const parentId = themes.find((x) => x.id === id)?.parentId ?? null
    return { parentId, ids: nodes.filter((n) => n.theme.parentId === parentId).map((n) => n.theme.id) }
  }
  const reorder = (id: number, to: { targetId: number } | { delta: number }): void => {
    const { parentId, ids } = siblingsOf(id)
    if ('targetId' in to && !ids.includes(to.targetId)) return
    const orderedIds = moveAmongSiblings(ids, id, to)
    if (orderedIds.join() !== ids.join()) act.mutate((api) => api.reorderThemes({ parentId, orderedIds }))
  }

  return (
    <div className="view">
      <div className="view-head">
        <h1>{t('codebook.title')}</h1>
      </div>
      <div className="two-col codebook">
        <div className="stack">
          <ol className="theme-list" aria-label={t('codebook.title')} data-testid="theme-list">
            {nodes.map(({ theme, depth }) => (
              <li
                key={theme.id}
                className={`theme-row${theme.id === selected?.id ? ' is-selected' : ''}${dragId === theme.id ? ' is-dragging' : ''}`}
                style={{ marginLeft: depth * 24 }}
                draggable
                onDragStart={(e) => {
                  setDragId(theme.id)
                  e.dataTransfer.effectAllowed = 'move'
                  e.dataTransfer.setData('text/plain', String(theme.id))
                }}
                onDragEnd={() => setDragId(null)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault()
                  const id = Number(e.dataTransfer.getData('text/plain'))
                  if (id && id !== theme.id) reorder(id, { targetId: theme.id })
                  setDragId(null)
                }}
                data-theme-id={theme.id}
              >
                <span
                  className="drag-handle"
                  aria-hidden="true"
                  title={t('codebook.dragHandle', { name: label(theme) })}
                >
                  ⋮⋮
                </span>
                <span className="theme-swatch" style={{ background: theme.color }} aria-hidden="true" />
                <button
                  type="button"
                  className="theme-name"
                  onClick={() => {
                    if (theme.id !== selected?.id && drafts.mayDiscard()) setSelectedId(theme.id)
                  }}
                  aria-pressed={theme.id === selected?.id}
                >
                  <span>{label(theme)}</span>
                  <span className="muted small">{i18n.language === 'vi' ? theme.name : theme.nameVi}</span>
                </button>
                <span className="theme-row-tools">
                  <span className="small muted theme-count">
                    {t('codebook.count', {
                      count: theme.passageCount,
                      n: formatNumber(theme.passageCount, i18n.language)
                    })}
                  </span>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    aria-label={`${t('codebook.moveUp')}: ${label(theme)}`}
                    onClick={() => reorder(theme.id, { delta: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    aria-label={`${t('codebook.moveDown')}: ${label(theme)}`}
                    onClick={() => reorder(theme.id, { delta: 1 })}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <form
            className="card stack"
            onSubmit={(e) => {
              e.preventDefault()
              if (!newName.trim()) return
              act.mutate(
                (api) =>
                  api.createTheme({
                    name: newName.trim(),
                    nameVi: newNameVi.trim() || null,
                    color: newColor
                  }),
                {
                  onSuccess: () => {
                    setNewName('')
                    setNewNameVi('')
                  }
                }
              )
            }}
          >
            <h2>{t('codebook.add')}</h2>
            <div className="form-grid">
              <label className="field">
                <span>{t('codebook.name')}</span>
                <input type="text" value={newName} onChange={(e) => setNewName(e.target.value)} />
              </label>
              <label className="field">
                <span>{t('codebook.nameVi')}</span>
                <input type="text" value={newNameVi} onChange={(e) => setNewNameVi(e.target.value)} />
              </label>
              <label className="field">
                <span>{t('codebook.color')}</span>
                <input type="color" value={newColor} onChange={(e) => setNewColor(e.target.value)} />
              </label>
            </div>
            <div>
              <button type="submit" className="btn btn-primary" disabled={!newName.trim()}>
                {t('codebook.add')}
              </button>
            </div>
          </form>
          <ErrorLine error={act.error} />
        </div>
        {selected && <ThemeEditor key={selected.id} theme={selected} themes={themes} guard={drafts} />}
      </div>
    </div>
  )
}
