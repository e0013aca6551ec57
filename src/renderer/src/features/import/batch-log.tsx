// The batch log after an import: one line per file with its outcome and reason.
import { useTranslation } from 'react-i18next'
import type { BatchResult } from '../../../../shared/api'
import { useAppState } from '../../lib/app-state'

export function BatchLog({ result }: { result: BatchResult }): React.JSX.Element {
  const { t } = useTranslation()
  const { openArticle } = useAppState()
  return (
    <section className="card" aria-labelledby="batch-log-title" data-testid="batch-log">
      <h2 id="batch-log-title">{t('import.log')}</h2>
      <p className={result.cancelled ? 'error-line' : 'ok-line'}>
        {result.cancelled ? `${t('import.cancelled')} ` : ''}
        {t('import.summary', result.counts)}
      </p>
      <table className="plain">
        <tbody>
          {result.outcomes.map((o, i) => (
            <tr key={`${o.file}-${i}`} className={`outcome-${o.outcome}`}>
              <td>
                <span className={`badge badge-${o.outcome}`}>{t(`import.${o.outcome}`)}</span>
              </td>
              <td>
                <div>{o.title ?? o.file}</div>
                {o.title && <div className="muted small">{o.file}</div>}
                {o.message && <div className="small">{o.message}</div>}
              </td>
              <td>
                {o.articleId != null && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => openArticle(o.articleId as number)}
                  >
                    {t('import.openArticle')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
