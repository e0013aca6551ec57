// Renderer entry: styles, i18n, data client and app state around the frame.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import './styles/fonts.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/library.css'
import './styles/reader.css'
import './styles/panels.css'
import './styles/narrow.css'
import './i18n'
import { App } from './app'
import { isInvalidInput } from './api/error-text'
import { AppStateProvider } from './lib/app-state'
import { DraftGuardProvider } from './lib/draft-guard'
import { ImportProvider } from './features/import/import-context'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // One retry rides out a passing failure; refused input would only be refused again, later.
      retry: (failures, error) => failures < 1 && !isInvalidInput(error),
      refetchOnWindowFocus: false,
      staleTime: 5_000
    }
  }
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DraftGuardProvider>
        <AppStateProvider>
          <ImportProvider>
            <App />
          </ImportProvider>
        </AppStateProvider>
      </DraftGuardProvider>
    </QueryClientProvider>
  </StrictMode>
)
