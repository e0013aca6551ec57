// The renderer's view of what the preload exposes.
export {}
declare global {
  interface Window {
    folio?: Record<string, unknown>
  }
}
