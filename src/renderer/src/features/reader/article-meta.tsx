// The article's metadata and provenance (all as text; the original link is shown, not followed).
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/api'
import { formatDate } from '../../lib/format'

export function ArticleMeta({ article }: { article: Article }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const rows: [string, string | null][] = [
    [t('reader.author'), article.author],
    [t('reader.source'), article.source],
    [t('reader.published'), article.publishedAt ? formatDate(article.publishedAt, i18n.language) : null],
    [t('reader.category'), article.category],
    [t('reader.url'), article.url],
    [t('reader.file'), article.originalName],
    [t('reader.format'), article.originalFormat],
    [t('reader.encoding'), article.encoding],
    [t('reader.imported'), formatDate(article.importedAt, i18n.language)]
  ]
  return (
    <details className="article-meta-box">
      <summary>{t('reader.metadata')}</summary>
      <dl className="meta-list">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
    </details>
  )
}
