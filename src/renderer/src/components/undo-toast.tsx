// A passing offer to undo what was just done, fixed in the viewport: a button placed in the page would
// sit wherever the page happened to be scrolled, often far above what the user is looking at. It leaves
// after a few seconds or when dismissed; while the pointer or focus is on it, it stays.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export function UndoToast(props: {
  message: string
  onUndo: () => void
  onDismiss: () => void
  seconds?: number
}): React.JSX.Element {
  const { t } = useTranslation()
  const [held, setHeld] = useState(false)
  const { onDismiss, seconds = 8 } = props
  useEffect(() => {
    if (held) return
    const timer = window.setTimeout(onDismiss, seconds * 1000)
    return () => window.clearTimeout(timer)
  }, [held, onDismiss, seconds])
  return (
    <div
      className="toast"
      role="status"
      data-testid="undo-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{props.message}</span>
      <button type="button" className="btn btn-small toast-action" onClick={props.onUndo}>
        {t('common.undo')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-ghost toast-close"
        aria-label={t('common.dismiss')}
        onClick={props.onDismiss}
      >
        ×
      </button>
    </div>
  )
}
