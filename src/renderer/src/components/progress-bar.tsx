// A labelled progress bar for long work (imports, big exports), with an optional cancel button.
import { useTranslation } from 'react-i18next'

export function ProgressBar(props: {
  done: number
  total: number
  label: string
  detail?: string
  onCancel?: () => void
  cancelLabel?: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const pct = props.total > 0 ? Math.min(100, Math.round((props.done / props.total) * 100)) : 0
  return (
    <div className="progress" role="group" aria-label={props.label}>
      <div className="row progress-head">
        <span>{props.label}</span>
        {props.onCancel && (
          <button type="button" className="btn btn-small btn-danger" onClick={props.onCancel}>
            {props.cancelLabel ?? t('common.cancel')}
          </button>
        )}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.total || 1}
        aria-valuenow={props.done}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      {props.detail && <div className="muted small progress-detail">{props.detail}</div>}
    </div>
  )
}
