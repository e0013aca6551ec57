// Suggestions for the open article or for a batch of library articles, and each theme's keyword list.
import { useState } from 'react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { SuggestionRef } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { passageDependents, qk } from '../../api/query-keys'
import { useInvalidate, useThemeName, useThemes } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { useAppState } from '../../lib/app-state'
import { SuggestionGroups } from './suggestion-groups'

export function SuggestionsView(): React.JSX.Element {
  const { t } = useTranslation()
  const state = useAppState()
  const themes = useThemes()
  const name = useThemeName()
  const invalidate = useInvalidate()
  const [mode, setMode] = useState<'article' | 'batch'>(state.articleId != null ? 'article' : 'batch')
  const [limit, setLimit] = useState(20)
  const batchIds = useQuery({
    queryKey: [...qk.articles, 'suggest-batch', [...state.selected], limit],
    queryFn: async () =>
      state.selected.size > 0
        ? [...state.selected]
        : (await folioApi().listArticles({ sort: 'imported', descending: true, limit })).items.map(
            (a) => a.id
          ),
    enabled: mode === 'batch'
  })
  const ids = mode === 'article' ? (state.articleId != null ? [state.articleId] : []) : (batchIds.data ?? [])
  const list = useQuery({
    queryKey: [...qk.suggestions, ids],
    queryFn: () => folioApi().listSuggestions({ articleIds: ids }),
    enabled: ids.length > 0
  })
  const titles = useQuery({
    queryKey: [...qk.articles, 'titles', ids],
    queryFn: async () =>
      new Map(
        (await Promise.all(ids.map((id) => folioApi().getArticle({ id })))).map((a) => [a.id, a.title])
      ),
    enabled: mode === 'batch' && ids.length > 0 && ids.length <= 200
  })
  const decide = useMutation({
    mutationFn: async ({ accept, items }: { accept: boolean; items: SuggestionRef[] }): Promise<void> => {
      if (accept) await folioApi().acceptSuggestions({ items })
      else await folioApi().rejectSuggestions({ items })
    },
    onSettled: () => invalidate(passageDependents)
  })
  const [keywordTheme, setKeywordTheme] = useState<number | null>(null)
  const kwTheme = themes.find((x) => x.id === (keywordTheme ?? themes[0]?.id))
  const [kwText, setKwText] = useState<string | null>(null)
  const saveKw = useMutation({
    mutationFn: (v: { id: number; keywords: string[] }) => folioApi().setThemeKeywords(v),
    onSuccess: () => {
      setKwText(null)
      invalidate([qk.themes, qk.suggestions])
    }
  })

  return (
    <div className="view">
      <h1>{t('suggestions.title')}</h1>
      <div className="row" role="radiogroup" aria-label={t('suggestions.title')}>
        <label className="inline-check">
          <input
            type="radio"
            name="sg-mode"
            checked={mode === 'article'}
            onChange={() => setMode('article')}
          />
          {t('suggestions.forArticle')}
        </label>
        <label className="inline-check">
          <input type="radio" name="sg-mode" checked={mode === 'batch'} onChange={() => setMode('batch')} />
          {t('suggestions.forBatch')}
        </label>
        {mode === 'batch' && state.selected.size === 0 && (
          <label className="field" style={{ marginBottom: 0 }}>
            <span>{t('suggestions.limit')}</span>
            <input
              type="text"
              inputMode="numeric"
              value={limit}
              onChange={(e) => setLimit(Math.max(1, Number(e.target.value) || 1))}
            />
          </label>
        )}
      </div>
      <div className="two-col" style={{ marginTop: 16 }}>
        <div>
          {mode === 'article' && state.articleId == null ? (
            <p className="muted">{t('suggestions.noArticle')}</p>
          ) : list.isLoading ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <SuggestionGroups
              suggestions={list.data ?? []}
              themes={themes}
              titles={mode === 'batch' ? titles.data : undefined}
              busy={decide.isPending}
              onAccept={(items) => decide.mutate({ accept: true, items })}
              onReject={(items) => decide.mutate({ accept: false, items })}
            />
          )}
          <ErrorLine error={list.error ?? decide.error} />
        </div>
        {kwTheme && (
          <section className="card" aria-labelledby="kw-title">
            <h2 id="kw-title">{t('codebook.keywords')}</h2>
            <label className="field">
              <span>{t('library.theme')}</span>
              <select
                value={kwTheme.id}
                onChange={(e) => {
                  setKeywordTheme(Number(e.target.value))
                  setKwText(null)
                }}
              >
                {themes.map((th) => (
                  <option key={th.id} value={th.id}>
                    {name(th)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('suggestions.keywords', { theme: name(kwTheme) })}</span>
              <textarea
                rows={10}
                value={kwText ?? kwTheme.keywords.join('\n')}
                onChange={(e) => setKwText(e.target.value)}
              />
            </label>
            <p className="muted small">{t('codebook.keywordsHelp')}</p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={kwText == null || saveKw.isPending}
              onClick={() =>
                saveKw.mutate({
                  id: kwTheme.id,
                  keywords: (kwText ?? '')
                    .split('\n')
                    .map((k) => k.trim())
                    .filter(Boolean)
                })
              }
            >
              {t('common.save')}
            </button>
            <ErrorLine error={saveKw.error} />
          </section>
        )}
      </div>
    </div>
  )
}
