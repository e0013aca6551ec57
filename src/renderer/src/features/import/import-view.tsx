// Import panel: files and folders (chooser or drag-and-drop), links, progress with cancel, batch log.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DropZone } from '../../components/drop-zone'
import { ErrorLine } from '../../components/error-line'
import { ProgressBar } from '../../components/progress-bar'
import { BatchLog } from './batch-log'
import { useImportJob } from './import-context'

export function ImportView(): React.JSX.Element {
  const { t } = useTranslation()
  const job = useImportJob()
  const [url, setUrl] = useState('')
  return (
    <div className="view stack">
      <h1>{t('import.title')}</h1>
      <DropZone
        label={t('import.drop')}
        hint={t('import.dropHint')}
        chooseLabel={t('import.files')}
        folderLabel={t('import.folder')}
        disabled={job.running}
        onFiles={(files) => void job.start({ kind: 'files', files })}
      />
      <form
        className="row card"
        onSubmit={(e) => {
          e.preventDefault()
          const urls = url.split(/\s+/).filter(Boolean)
          if (urls.length) void job.start({ kind: 'urls', urls }).then((r) => r && setUrl(''))
        }}
      >
        <label className="field" style={{ flex: 1, marginBottom: 0 }}>
          <span>{t('import.url')}</span>
          <input
            type="url"
            value={url}
            placeholder={t('import.urlPlaceholder')}
            onChange={(e) => setUrl(e.target.value)}
            disabled={job.running}
          />
        </label>
        <button
          type="submit"
          className="btn"
          disabled={job.running || !url.trim()}
          style={{ alignSelf: 'flex-end' }}
        >
          {t('import.fetch')}
        </button>
      </form>
      {job.running && job.progress && (
        <ProgressBar
          done={job.progress.done}
          total={job.progress.total}
          label={t('import.progress', { done: job.progress.done, total: job.progress.total })}
          detail={job.progress.current ? t('import.current', { name: job.progress.current }) : undefined}
          onCancel={job.cancel}
          cancelLabel={t('import.cancel')}
        />
      )}
      <ErrorLine error={job.error} />
      {job.result && <BatchLog result={job.result} />}
    </div>
  )
}
