// One plain line saying what went wrong; never a stack trace.
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api/errors'

export function ErrorLine({ error }: { error: unknown }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p className="error-line" role="alert">
      {t('app.error', { message: errorMessage(error) })}
    </p>
  )
}
