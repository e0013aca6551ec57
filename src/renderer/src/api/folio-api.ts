// The one way the UI reaches the archive: window.folio in the desktop app, else the HTTP client of the
// same contract, authorised by the token the web host put in the page address (#token=…).
import type { FolioApi } from '../../../shared/api'
import { createHttpClient } from '../../../shared/http-client'

let instance: FolioApi | null = null

function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.get('token')
}

export function folioApi(): FolioApi {
  if (instance) return instance
  const bridged = (window as unknown as { folio?: FolioApi }).folio
  if (bridged && typeof bridged.listThemes === 'function') {
    instance = bridged
  } else {
    const token = tokenFromHash(location.hash) ?? ''
    instance = createHttpClient({ baseUrl: location.origin, token })
  }
  return instance
}
