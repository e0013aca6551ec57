// Editing one theme: both names, colour, description, parent, keywords, memo, merge and delete.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Theme, ThemeDeleteMode } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useThemeName } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { formatNumber } from '../../lib/format'
import { useReportDraft, type DraftGuard } from '../../lib/draft-guard'
import { useCodebookAction } from './use-codebook'

export function ThemeEditor({
  theme,
  themes,
  guard
}: {
  theme: Theme
  themes: Theme[]
  /** Told while an edit is unsaved, so choosing another theme asks before dropping it. */
  guard?: DraftGuard
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const label = useThemeName()
  const act = useCodebookAction()
  const memo = useQuery({
    queryKey: [...qk.memos, 'theme', theme.id],
    queryFn: () => folioApi().getMemo({ target: { kind: 'theme', id: theme.id } })
  })
  const [name, setName] = useState(theme.name)
  const [nameVi, setNameVi] = useState(theme.nameVi ?? '')
  const [color, setColor] = useState(theme.color)
  const [description, setDescription] = useState(theme.description)
  const [keywords, setKeywords] = useState(theme.keywords.join('\n'))
  const [memoText, setMemoText] = useState<string | null>(null)
  const [mergeTo, setMergeTo] = useState('')
  const [mode, setMode] = useState<ThemeDeleteMode>('refuse-if-used')
  const [moveTo, setMoveTo] = useState('')
  const [saved, setSaved] = useState(false)
  const others = themes.filter((x) => x.id !== theme.id)
  const id = theme.id
  const keywordList = keywords
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean)
  // What the form holds now, and what it held when last saved: the archive tidies what it stores
  // (NFC, spaces, repeated keywords), so after a save the form need not equal the theme to be clean.
  const snapshot = JSON.stringify([name, nameVi, color, description, keywordList, memoText])
  const [savedAs, setSavedAs] = useState<string | null>(null)
  const dirty =
    snapshot !== savedAs &&
    (name.trim() !== theme.name ||
      nameVi.trim() !== (theme.nameVi ?? '') ||
      // The archive may store the colour in capitals and trim the description: compare what the user sees.
      color.toLowerCase() !== theme.color.toLowerCase() ||
      description.trim() !== theme.description.trim() ||
      keywordList.join('\n') !== theme.keywords.join('\n') ||
      (memoText != null && memoText !== (memo.data?.body ?? '')))
  useReportDraft(guard, 'theme-editor', dirty)

  const save = (): void => {
    setSaved(false)
    const at = snapshot
    act.mutate(
      async (api) => {
        if (name !== theme.name || nameVi !== (theme.nameVi ?? ''))
          await api.renameTheme({ id, name: name.trim(), nameVi: nameVi.trim() || null })
        if (color !== theme.color) await api.recolorTheme({ id, color })
        if (description !== theme.description) await api.describeTheme({ id, description })
        if (keywordList.join('\n') !== theme.keywords.join('\n'))
          await api.setThemeKeywords({ id, keywords: keywordList })
        if (memoText != null) await api.setMemo({ target: { kind: 'theme', id }, body: memoText })
      },
      {
        onSuccess: () => {
          setSaved(true)
          setSavedAs(at)
        }
      }
    )
  }

  // Taking a theme off its passages cannot be undone here: say how many lose it before doing it. A
  // refusal (the archive keeps a used theme) and moving the tags lose nothing, so they go straight on.
  const confirmDelete = (): boolean => {
    if (mode !== 'remove-tags' || theme.passageCount === 0) return true
    return window.confirm(
      t('codebook.confirmRemoveTags', {
        count: theme.passageCount,
        n: formatNumber(theme.passageCount, i18n.language),
        name: label(theme)
      })
    )
  }

  return (
    <section className="card theme-editor" aria-labelledby="theme-editor-title">
      <h2 id="theme-editor-title" className="row">
        <span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />
        {label(theme)}
      </h2>
      <div className="form-grid">
        <label className="field">
          <span>{t('codebook.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('codebook.nameVi')}</span>
          <input type="text" value={nameVi} onChange={(e) => setNameVi(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('codebook.color')}</span>
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('codebook.parent')}</span>
          <select
            value={theme.parentId ?? ''}
            onChange={(e) =>
              act.mutate((api) =>
                api.nestTheme({ id, parentId: e.target.value ? Number(e.target.value) : null })
              )
            }
          >
            <option value="">{t('codebook.noParent')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('codebook.description')}</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="field">
        <span>
          {t('codebook.keywords')} — {t('codebook.keywordsHelp')}
        </span>
        <textarea rows={4} value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('codebook.memo')}</span>
        <textarea
          rows={3}
          value={memoText ?? memo.data?.body ?? ''}
          placeholder={t('codebook.memoPlaceholder')}
          onChange={(e) => setMemoText(e.target.value)}
        />
      </label>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={save} disabled={act.isPending}>
          {t('common.save')}
        </button>
        {saved && (
          <span role="status" className="small muted">
            {t('codebook.saved')}
          </span>
        )}
      </div>
      <ErrorLine error={act.error} />
      <hr />
      <div className="row">
        <label className="field">
          <span>{t('codebook.mergeInto', { name: label(theme) })}</span>
          <select value={mergeTo} onChange={(e) => setMergeTo(e.target.value)}>
            <option value="">—</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          disabled={!mergeTo}
          onClick={() => act.mutate((api) => api.mergeThemes({ sourceId: id, targetId: Number(mergeTo) }))}
        >
          {t('codebook.mergeAction')}
        </button>
      </div>
      <div className="row">
        <label className="field">
          <span>{t('codebook.deleteMode')}</span>
          <select value={mode} onChange={(e) => setMode(e.target.value as ThemeDeleteMode)}>
            <option value="refuse-if-used">{t('codebook.refuse')}</option>
            <option value="remove-tags">{t('codebook.removeTags')}</option>
            <option value="move-to">{t('codebook.moveTo')}</option>
          </select>
        </label>
        {mode === 'move-to' && (
          <label className="field">
            <span>{t('codebook.moveTo')}</span>
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
              <option value="">—</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {label(o)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="btn btn-danger"
          disabled={mode === 'move-to' && !moveTo}
          onClick={() => {
            if (!confirmDelete()) return
            act.mutate((api) =>
              api.deleteTheme({ id, mode, moveToId: mode === 'move-to' ? Number(moveTo) : undefined })
            )
          }}
        >
          {t('codebook.deleteTheme')}
        </button>
      </div>
    </section>
  )
}
