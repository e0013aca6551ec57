// Find in article, ignoring diacritics (đ included): Enter next, Shift+Enter previous, Esc back to text.
import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'

export const FindBar = forwardRef<
  HTMLInputElement,
  {
    value: string
    onChange: (v: string) => void
    count: number
    current: number
    onStep: (delta: number) => void
    onDone: () => void
    onTagMatch: () => void
  }
>(function FindBar(props, ref) {
  const { t } = useTranslation()
  return (
    <div className="find-bar row" role="search">
      <label className="field find-field">
        <span className="visually-hidden">{t('reader.find')}</span>
        <input
          ref={ref}
          type="search"
          value={props.value}
          placeholder={t('reader.findPlaceholder')}
          aria-label={t('reader.find')}
          data-testid="find-input"
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              props.onStep(e.shiftKey ? -1 : 1)
            } else if (e.key === 'Escape') {
              e.preventDefault()
              props.onDone()
            }
          }}
        />
      </label>
      <span className="small muted find-count" aria-live="polite">
        {props.value.trim()
          ? props.count
            ? t('reader.findCount', { current: props.current + 1, count: props.count })
            : t('reader.findNone')
          : ''}
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => props.onStep(-1)}
        disabled={!props.count}
      >
        {t('reader.previous')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => props.onStep(1)} disabled={!props.count}>
        {t('reader.next')}
      </button>
      <button type="button" className="btn btn-small" onClick={props.onTagMatch} disabled={!props.count}>
        {t('reader.tagMatch')}
      </button>
    </div>
  )
})
