// One plain line saying what went wrong; never a stack trace. Input the archive refused is the user's
// own to fix, so it reads as a notice, not as a failure of the program.
import { useTranslation } from 'react-i18next'
import { errorText, isInvalidInput } from '../api/error-text'

export function ErrorLine({ error }: { error: unknown }): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  if (!error) return null
  const text = errorText(error, t, i18n.language)
  if (isInvalidInput(error)) {
    return (
      <p className="notice-line" role="alert" data-testid="input-notice">
        {text}
      </p>
    )
  }
  return (
    <p className="error-line" role="alert">
      {t('app.error', { message: text })}
    </p>
  )
}
