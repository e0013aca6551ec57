// The renderer's view of what the preload exposes: the contract, present only in the desktop app.
import type { FolioApi } from '../shared/api'

export {}
declare global {
  interface Window {
    folio?: FolioApi
  }
}
