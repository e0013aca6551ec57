// The brief's preview: article and passage counts and the table of contents (one chapter per theme).
import { useTranslation } from 'react-i18next'
import type { BriefPreview, Theme } from '../../../../shared/api'
import { useThemeName } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'

export function BriefPreviewCard(props: {
  preview: BriefPreview | undefined
  loading: boolean
  error: unknown
  themes: Theme[]
}): React.JSX.Element {
  const { t } = useTranslation()
  const name = useThemeName()
  const p = props.preview
  return (
    <section
      className="card brief-preview"
      aria-labelledby="brief-preview-title"
      aria-busy={props.loading}
      data-testid="brief-preview"
    >
      <h2 id="brief-preview-title">{t('brief.preview')}</h2>
      <ErrorLine error={props.error} />
      {p && (
        <>
          <p>
            {t('brief.previewCounts', {
              articles: t('common.articles', { count: p.articles }),
              passages: t('common.passages', { count: p.passages })
            })}
          </p>
          <h3>{t('brief.toc')}</h3>
          <ol className="toc">
            {p.chapters.map((c) => {
              const theme = props.themes.find((x) => x.id === c.themeId)
              return (
                <li key={c.themeId} style={{ marginLeft: c.depth * 16 }}>
                  <span
                    className="theme-dot"
                    style={{ background: theme?.color ?? '#888' }}
                    aria-hidden="true"
                  />
                  <span className="toc-name">{theme ? name(theme) : c.name}</span>
                  <span className="muted small">{t('common.passages', { count: c.passages })}</span>
                </li>
              )
            })}
          </ol>
        </>
      )}
      {!p && props.loading && <p className="muted">{t('app.loading')}</p>}
    </section>
  )
}
