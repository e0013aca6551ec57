// Clicking a highlight: each passage under it with its themes and note, editable and deletable.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Passage, Theme } from '../../../../shared/api'
import { useThemeName } from '../../api/use-folio'
import { useReportDraft, type DraftGuard } from '../../lib/draft-guard'
import type { PopoverPlace } from './tag-popover'

/** The key under which one passage's unsaved edit is reported to the draft guard. */
export const passageDraftKey = (id: number): string => `passage-${id}`

/** Saves a passage: themeIds undefined keeps its themes as they are (an untagged one stays untagged). */
export type SavePassage = (p: Passage, themeIds: number[] | undefined, note: string) => void

function PassageEditor(props: {
  passage: Passage
  themes: Theme[]
  onSave: SavePassage
  onDelete: (p: Passage) => void
  guard?: DraftGuard
}): React.JSX.Element {
  const { t } = useTranslation()
  const name = useThemeName()
  const [themeIds, setThemeIds] = useState(props.passage.themeIds)
  const [note, setNote] = useState(props.passage.note)
  const p = props.passage
  const sameThemes = themeIds.length === p.themeIds.length && themeIds.every((id) => p.themeIds.includes(id))
  const changed = !sameThemes || note.trim() !== p.note.trim()
  useReportDraft(props.guard, passageDraftKey(p.id), changed)
  // The archive refuses to take the last theme off a passage, but one left untagged (its theme was
  // deleted) may still have its note saved: the update then leaves its themes alone.
  const untagged = p.themeIds.length === 0
  const noneTicked = themeIds.length === 0
  const reason = noneTicked ? (untagged ? 'reader.untaggedNote' : 'reader.needsTheme') : null
  const reasonId = `passage-${p.id}-reason`
  return (
    <div className="passage-editor" data-passage-id={p.id}>
      <blockquote className="popover-quote">{p.exact}</blockquote>
      <div className="theme-choices" role="group" aria-label={t('library.theme')}>
        {props.themes.map((theme) => (
          <label key={theme.id} className={`theme-choice${themeIds.includes(theme.id) ? ' is-on' : ''}`}>
            <input
              type="checkbox"
              checked={themeIds.includes(theme.id)}
              onChange={() =>
                setThemeIds((ids) =>
                  ids.includes(theme.id) ? ids.filter((x) => x !== theme.id) : [...ids, theme.id]
                )
              }
            />
            <span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />
            <span>{name(theme)}</span>
          </label>
        ))}
      </div>
      <label className="field">
        <span>{t('reader.note')}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {reason && (
        <p id={reasonId} className="small muted" data-testid="passage-save-reason">
          {t(reason)}
        </p>
      )}
      <div className="row popover-actions">
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={noneTicked && (!untagged || !changed)}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => props.onSave(p, noneTicked ? undefined : themeIds, note.trim())}
        >
          {t('reader.saveChanges')}
        </button>
        <button type="button" className="btn btn-danger btn-small" onClick={() => props.onDelete(p)}>
          {t('reader.deletePassage')}
        </button>
      </div>
    </div>
  )
}

export function PassagePopover(props: {
  place: PopoverPlace
  passages: Passage[]
  themes: Theme[]
  onSave: SavePassage
  onDelete: (p: Passage) => void
  onClose: () => void
  guard?: DraftGuard
}): React.JSX.Element {
  const { t } = useTranslation()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    box.current?.focus()
  }, [])
  return (
    <div
      ref={box}
      className="popover passage-popover"
      role="dialog"
      aria-labelledby="passage-popover-title"
      tabIndex={-1}
      style={{ top: props.place.top, left: props.place.left }}
      data-testid="passage-popover"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          props.onClose()
        }
      }}
    >
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="passage-popover-title" className="popover-title">
          {t('reader.passage')}
        </h2>
        <button type="button" className="btn btn-small btn-ghost" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      {props.passages.map((p) => (
        <PassageEditor
          key={`${p.id}-${p.updatedAt}`}
          passage={p}
          themes={props.themes}
          onSave={props.onSave}
          onDelete={props.onDelete}
          guard={props.guard}
        />
      ))}
    </div>
  )
}
