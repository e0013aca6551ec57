// The app's own origin: app://folio in production, the dev server's origin under `npm run dev`.
export const APP_SCHEME = 'app'
export const APP_HOST = 'folio'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** The origin a trusted page has; devServerUrl is ELECTRON_RENDERER_URL when set. */
export function trustedOrigin(devServerUrl: string | undefined): string {
  if (devServerUrl) return new URL(devServerUrl).origin
  return APP_ORIGIN
}

/** True when `url` belongs to the app itself (same scheme, host and port). */
export function isAppUrl(url: string, origin: string): boolean {
  try {
    const u = new URL(url)
    // Non-special schemes (app:) report origin "null"; compare the parts instead.
    return `${u.protocol}//${u.host}` === origin
  } catch {
    return false
  }
}
