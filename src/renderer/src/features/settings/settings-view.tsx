// Settings: interface language, author name for PDF notes, default paper size, backup folder.
import { useState } from 'react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { PaperSize, Settings } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useAppInfo, useInvalidate } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { setLanguage, type UiLanguage } from '../../i18n'

export function SettingsView(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const invalidate = useInvalidate()
  const appInfo = useAppInfo()
  const settings = useQuery({ queryKey: qk.settings, queryFn: () => folioApi().getSettings() })
  const archive = useQuery({ queryKey: ['archive-info'], queryFn: () => folioApi().getArchiveInfo() })
  const [draft, setDraft] = useState<Partial<Settings>>({})
  const save = useMutation({
    mutationFn: (patch: Partial<Settings>) => folioApi().updateSettings(patch),
    onSuccess: () => {
      setDraft({})
      invalidate([qk.settings])
    }
  })
  const value = { ...settings.data, ...draft }
  const desktop = appInfo.data?.shell === 'desktop'

  return (
    <div className="view settings">
      <h1>{t('settings.title')}</h1>
      <form
        className="card stack settings-form"
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate(draft)
        }}
      >
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={i18n.language}
            onChange={(e) => {
              const lang = e.target.value as UiLanguage
              setLanguage(lang)
              save.mutate({ language: lang })
            }}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.author')}</span>
          <input
            type="text"
            value={value.authorName ?? ''}
            onChange={(e) => setDraft({ ...draft, authorName: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('settings.paper')}</span>
          <select
            value={value.paperSize ?? 'A4'}
            onChange={(e) => setDraft({ ...draft, paperSize: e.target.value as PaperSize })}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <div className="field">
          <label htmlFor="backup-folder">{t('settings.backup')}</label>
          <div className="row">
            <input
              id="backup-folder"
              type="text"
              style={{ flex: 1 }}
              value={value.backupFolder ?? ''}
              onChange={(e) => setDraft({ ...draft, backupFolder: e.target.value || null })}
            />
            {desktop && (
              <button
                type="button"
                className="btn"
                onClick={async () => {
                  const r = await folioApi().pickFolder({ title: t('settings.backup') })
                  if (r.path) setDraft({ ...draft, backupFolder: r.path })
                }}
              >
                {t('import.folder')}
              </button>
            )}
          </div>
          <span className="muted small">{t('settings.backupDefault')}</span>
        </div>
        <div className="row">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={Object.keys(draft).length === 0 || save.isPending}
          >
            {t('common.save')}
          </button>
          {save.isSuccess && Object.keys(draft).length === 0 && (
            <span role="status" className="small muted">
              {t('settings.saved')}
            </span>
          )}
        </div>
        <ErrorLine error={save.error ?? settings.error} />
      </form>
      {archive.data && (
        <section className="card" style={{ marginTop: 16 }} aria-labelledby="archive-title">
          <h2 id="archive-title">{t('settings.archive')}</h2>
          <p className="small">{archive.data.path}</p>
          <p className="small muted">
            {t('common.articles', { count: archive.data.articles })} ·{' '}
            {t('common.passages', { count: archive.data.passages })}
          </p>
        </section>
      )}
    </div>
  )
}
