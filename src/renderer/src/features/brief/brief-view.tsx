// The brief builder: which articles (selection, collection, current search, all), which themes, order
// and options, a preview of the table of contents with counts, then export (PDF, CSV, Markdown, W3C).
import { useEffect, useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ArticleSelection, PaperSize } from '../../../../shared/api'
import type { BriefInput } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useAppInfo, useThemeName, useThemes } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { ProgressBar } from '../../components/progress-bar'
import { useAppState } from '../../lib/app-state'
import { newJobId } from '../../lib/format'
import { saveExport } from '../../lib/save-export'
import { BriefPreviewCard } from './brief-preview'

type Source = 'selection' | 'collection' | 'search' | 'all'
type Format = 'pdf' | 'csv' | 'md' | 'w3c'

export function BriefView(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const state = useAppState()
  const themes = useThemes()
  const name = useThemeName()
  const appInfo = useAppInfo()
  const settings = useQuery({ queryKey: qk.settings, queryFn: () => folioApi().getSettings() })
  const collections = useQuery({ queryKey: qk.collections, queryFn: () => folioApi().listCollections() })
  const [source, setSource] = useState<Source>(
    state.selected.size > 0 ? 'selection' : state.search.query ? 'search' : 'all'
  )
  const [collectionId, setCollectionId] = useState<number | null>(null)
  const [themeIds, setThemeIds] = useState<number[] | null>(null)
  const [order, setOrder] = useState<'theme' | 'date' | 'article'>('theme')
  const [includeNotes, setIncludeNotes] = useState(true)
  const [paper, setPaper] = useState<PaperSize | null>(null)
  const [format, setFormat] = useState<Format>('pdf')
  const [progress, setProgress] = useState<{ jobId: string; done: number; total: number } | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const chosenThemes = themeIds ?? themes.map((x) => x.id)
  const paperSize = paper ?? settings.data?.paperSize ?? 'A4'
  const language = i18n.language === 'vi' ? 'vi' : 'en'

  const selection = useMemo<ArticleSelection | null>(() => {
    if (source === 'selection')
      return state.selected.size ? { kind: 'articles', articleIds: [...state.selected] } : null
    if (source === 'collection') return collectionId != null ? { kind: 'collection', collectionId } : null
    if (source === 'search')
      return state.search.query
        ? {
            kind: 'search',
            query: state.search.query,
            exact: state.search.exact,
            filters: state.search.filters
          }
        : null
    return { kind: 'all' }
  }, [source, state.selected, collectionId, state.search])

  const input: BriefInput | null =
    selection && chosenThemes.length
      ? {
          selection,
          themeIds: chosenThemes,
          order: order === 'theme' ? undefined : order,
          includeNotes,
          paperSize,
          language
        }
      : null
  const preview = useQuery({
    queryKey: [...qk.passages, 'brief-preview', input],
    queryFn: () => folioApi().previewThemeBrief(input as BriefInput),
    enabled: input != null
  })

  useEffect(
    () =>
      folioApi().onEvent((e) => {
        if (e.type === 'progress')
          setProgress((p) => (p && p.jobId === e.jobId ? { ...p, done: e.done, total: e.total } : p))
      }),
    []
  )

  const exportNow = async (): Promise<void> => {
    if (!input) return
    setError(null)
    setDone(null)
    const jobId = newJobId()
    setProgress({ jobId, done: 0, total: 0 })
    try {
      const api = folioApi()
      const file =
        format === 'pdf'
          ? await api.exportThemeBrief({ ...input, jobId })
          : format === 'md'
            ? await api.exportMarkdown(input)
            : format === 'csv'
              ? await api.exportCsv({ selection: input.selection, themeIds: input.themeIds })
              : await api.exportW3c({ selection: input.selection, themeIds: input.themeIds })
      setDone(await saveExport(file, appInfo.data?.shell))
    } catch (e) {
      setError(e)
    } finally {
      setProgress(null)
    }
  }

  return (
    <div className="view brief">
      <h1>{t('brief.title')}</h1>
      <div className="two-col">
        <div>
          <fieldset>
            <legend>{t('brief.articles')}</legend>
            <div className="stack" style={{ gap: 6 }}>
              <label className="inline-check">
                <input
                  type="radio"
                  name="brief-source"
                  checked={source === 'selection'}
                  onChange={() => setSource('selection')}
                />
                {t('brief.fromSelection', { count: state.selected.size })}
              </label>
              <label className="inline-check">
                <input
                  type="radio"
                  name="brief-source"
                  checked={source === 'collection'}
                  onChange={() => setSource('collection')}
                />
                {t('brief.fromCollection')}
              </label>
              {source === 'collection' && (
                <select
                  aria-label={t('brief.fromCollection')}
                  value={collectionId ?? ''}
                  onChange={(e) => setCollectionId(e.target.value ? Number(e.target.value) : null)}
                >
                  <option value="">—</option>
                  {(collections.data ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.articleCount})
                    </option>
                  ))}
                </select>
              )}
              <label className="inline-check">
                <input
                  type="radio"
                  name="brief-source"
                  checked={source === 'search'}
                  onChange={() => setSource('search')}
                />
                {t('brief.fromSearch', { query: state.search.query || '—' })}
              </label>
              <label className="inline-check">
                <input
                  type="radio"
                  name="brief-source"
                  checked={source === 'all'}
                  onChange={() => setSource('all')}
                />
                {t('brief.fromAll')}
              </label>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('brief.themes')}</legend>
            <div className="stack" style={{ gap: 6 }}>
              {themes.map((th) => (
                <label key={th.id} className="inline-check">
                  <input
                    type="checkbox"
                    checked={chosenThemes.includes(th.id)}
                    onChange={() =>
                      setThemeIds(
                        chosenThemes.includes(th.id)
                          ? chosenThemes.filter((x) => x !== th.id)
                          : [...chosenThemes, th.id]
                      )
                    }
                  />
                  <span className="theme-dot" style={{ background: th.color }} aria-hidden="true" />
                  {name(th)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('brief.options')}</legend>
            <div className="form-grid">
              <label className="field">
                <span>{t('brief.order')}</span>
                <select value={order} onChange={(e) => setOrder(e.target.value as typeof order)}>
                  <option value="theme">{t('brief.orderTheme')}</option>
                  <option value="date">{t('brief.orderDate')}</option>
                  <option value="article">{t('brief.orderArticle')}</option>
                </select>
              </label>
              <label className="field">
                <span>{t('brief.paper')}</span>
                <select value={paperSize} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                  <option value="A4">A4</option>
                  <option value="Letter">Letter</option>
                </select>
              </label>
              <label className="field">
                <span>{t('brief.format')}</span>
                <select
                  value={format}
                  onChange={(e) => setFormat(e.target.value as Format)}
                  data-testid="brief-format"
                >
                  <option value="pdf">PDF</option>
                  <option value="csv">CSV</option>
                  <option value="md">Markdown</option>
                  <option value="w3c">W3C Web Annotation (JSON)</option>
                </select>
              </label>
            </div>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={includeNotes}
                onChange={(e) => setIncludeNotes(e.target.checked)}
              />
              {t('brief.includeNotes')}
            </label>
          </fieldset>
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!input || progress != null}
              onClick={() => void exportNow()}
              data-testid="brief-export"
            >
              {progress ? t('brief.exporting') : t('brief.export')}
            </button>
            {!input && <span className="muted small">{t('brief.nothing')}</span>}
            {done && (
              <span role="status" className="small muted">
                {t('brief.done', { file: done })}
              </span>
            )}
          </div>
          {progress && progress.total > 0 && (
            <ProgressBar done={progress.done} total={progress.total} label={t('brief.exporting')} />
          )}
          <ErrorLine error={error} />
        </div>
        <BriefPreviewCard
          preview={preview.data}
          loading={preview.isFetching}
          error={preview.error}
          themes={themes}
        />
      </div>
    </div>
  )
}
