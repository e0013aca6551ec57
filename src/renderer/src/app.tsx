// The application frame: navigation, language switch and the current view.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { folioApi } from './api/folio-api'
import { useAppState, VIEWS, type View } from './lib/app-state'
import { setLanguage, type UiLanguage } from './i18n'
import { LibraryView } from './features/library/library-view'
import { ReaderView } from './features/reader/reader-view'
import { CodebookView } from './features/codebook/codebook-view'
import { SuggestionsView } from './features/suggestions/suggestions-view'
import { DashboardView } from './features/dashboard/dashboard-view'
import { BriefView } from './features/brief/brief-view'
import { ImportView } from './features/import/import-view'
import { SettingsView } from './features/settings/settings-view'

const VIEW_COMPONENTS: Record<View, () => React.JSX.Element> = {
  library: LibraryView,
  reader: ReaderView,
  codebook: CodebookView,
  suggestions: SuggestionsView,
  dashboard: DashboardView,
  brief: BriefView,
  import: ImportView,
  settings: SettingsView
}

export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const state = useAppState()
  const client = useQueryClient()
  const Current = VIEW_COMPONENTS[state.view]

  // Menu commands and archive changes from the shell.
  useEffect(() => {
    return folioApi().onEvent((event) => {
      if (event.type === 'archive-changed' || event.type === 'job-finished') void client.invalidateQueries()
      if (event.type === 'menu') {
        if (event.command.startsWith('import')) state.go('import')
        else if (event.command === 'export') state.go('brief')
        else if (event.command === 'settings') state.go('settings')
      }
    })
  }, [client, state])

  useEffect(() => {
    document.title = `${t(`app.${state.view}`)} · Folio`
  }, [state.view, t, i18n.language])

  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t('app.skip')}
      </a>
      <nav className="sidebar" aria-label={t('app.nav')}>
        <div className="brand">Folio</div>
        <ul className="nav-list">
          {VIEWS.map((v) => (
            <li key={v}>
              <button
                type="button"
                className="nav-item"
                aria-current={state.view === v ? 'page' : undefined}
                onClick={() => state.go(v)}
                data-view={v}
              >
                {t(`app.${v}`)}
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <label className="field">
            <span>{t('app.language')}</span>
            <select
              value={i18n.language}
              onChange={(e) => setLanguage(e.target.value as UiLanguage)}
              data-testid="ui-language"
            >
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </nav>
      <main id="content" className="content" tabIndex={-1}>
        <Current />
      </main>
    </div>
  )
}
