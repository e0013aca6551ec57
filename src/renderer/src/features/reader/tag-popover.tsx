// The small popover that tags a selection: themes numbered 1–9 (digit keys toggle), a note, Enter confirms.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../shared/api'
import { useThemeName } from '../../api/use-folio'
import { useReportDraft, type DraftGuard } from '../../lib/draft-guard'

export interface PopoverPlace {
  top: number
  left: number
}

export function TagPopover(props: {
  place: PopoverPlace
  themes: Theme[]
  quote: string
  onConfirm: (themeIds: number[], note: string) => void
  onCancel: () => void
  busy?: boolean
  /** Told while ticked themes or a typed note would be lost by closing the popover. */
  guard?: DraftGuard
}): React.JSX.Element {
  const { t } = useTranslation()
  const name = useThemeName()
  const [chosen, setChosen] = useState<number[]>([])
  const [note, setNote] = useState('')
  const [warn, setWarn] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const numbered = props.themes.slice(0, 9)
  useReportDraft(props.guard, 'new-passage', chosen.length > 0 || note.trim() !== '')

  useEffect(() => {
    box.current?.focus()
  }, [])

  const toggle = (id: number): void => {
    setWarn(false)
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]))
  }
  const confirm = (): void => {
    if (chosen.length === 0) {
      setWarn(true)
      return
    }
    props.onConfirm(chosen, note.trim())
  }

  return (
    <div
      ref={box}
      className="popover tag-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tag-popover-title"
      tabIndex={-1}
      style={{ top: props.place.top, left: props.place.left }}
      data-testid="tag-popover"
      onKeyDown={(e) => {
        const inNote = (e.target as HTMLElement).tagName === 'TEXTAREA'
        if (e.key === 'Escape') {
          e.preventDefault()
          props.onCancel()
        } else if (
          e.key === 'Enter' &&
          !e.shiftKey &&
          (inNote || (e.target as HTMLElement).tagName !== 'BUTTON')
        ) {
          e.preventDefault()
          confirm()
        } else if (!inNote && /^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const theme = numbered[Number(e.key) - 1]
          if (theme) {
            e.preventDefault()
            toggle(theme.id)
          }
        }
      }}
    >
      <h2 id="tag-popover-title" className="popover-title">
        {t('reader.tagTitle')}
      </h2>
      <blockquote className="popover-quote">{props.quote}</blockquote>
      <p className="muted small">{t('reader.tagHelp')}</p>
      <div className="theme-choices" role="group" aria-label={t('library.theme')}>
        {numbered.map((theme, i) => (
          <label key={theme.id} className={`theme-choice${chosen.includes(theme.id) ? ' is-on' : ''}`}>
            <input type="checkbox" checked={chosen.includes(theme.id)} onChange={() => toggle(theme.id)} />
            <kbd>{i + 1}</kbd>
            <span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />
            <span>{name(theme)}</span>
          </label>
        ))}
      </div>
      <label className="field">
        <span>{t('reader.note')}</span>
        <textarea
          rows={2}
          value={note}
          placeholder={t('reader.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
          data-testid="tag-note"
        />
      </label>
      {warn && (
        <p className="error-line small" role="alert">
          {t('reader.pickTheme')}
        </p>
      )}
      <div className="row popover-actions">
        <button type="button" className="btn btn-primary" onClick={confirm} disabled={props.busy}>
          {t('reader.tag')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
