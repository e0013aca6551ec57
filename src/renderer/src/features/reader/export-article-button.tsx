// Exports the open article as an annotated PDF (paper size and labels from settings).
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { ErrorLine } from '../../components/error-line'
import { saveExport } from '../../lib/save-export'

export function ExportArticleButton(props: {
  articleId: number
  shell: 'desktop' | 'web' | undefined
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const settings = useQuery({ queryKey: qk.settings, queryFn: () => folioApi().getSettings() })
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={busy}
        data-testid="export-article-pdf"
        onClick={async () => {
          setBusy(true)
          setError(null)
          setDone(null)
          try {
            const file = await folioApi().exportArticlePdf({
              articleId: props.articleId,
              paperSize: settings.data?.paperSize,
              language: i18n.language === 'vi' ? 'vi' : 'en'
            })
            setDone(await saveExport(file, props.shell))
          } catch (e) {
            setError(e)
          } finally {
            setBusy(false)
          }
        }}
      >
        {busy ? t('brief.exporting') : t('brief.exportArticle')}
      </button>
      {done && (
        <span className="small muted" role="status">
          {t('brief.done', { file: done })}
        </span>
      )}
      <ErrorLine error={error} />
    </>
  )
}
