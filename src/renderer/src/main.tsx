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
import './i18n'
import { App } from './app'
import { AppStateProvider } from './lib/app-state'
import { ImportProvider } from './features/import/import-context'

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } }
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppStateProvider>
        <ImportProvider>
          <App />
        </ImportProvider>
      </AppStateProvider>
    </QueryClientProvider>
  </StrictMode>
)
