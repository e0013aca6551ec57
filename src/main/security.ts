// Security settings for the window and its contents: sandboxed renderer, no navigation, no new
// windows, no webviews, no permissions; external links go to the system browser through the check.
import type { WebContents, WebPreferences } from 'electron'
import { isAppUrl } from './app-origin'
import { openExternalSafely } from './external-links'
import { droppedFilePath } from './file-drop'

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped outside the page's drop zones becomes a navigation that hardenContents stops and
    // turns into an import (with the real path, folders included).
    navigateOnDragDrop: true,
    spellcheck: false
  }
}

/** The parts of WebContents this module uses (a fake in tests). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & {
  session: { setPermissionRequestHandler: WebContents['session']['setPermissionRequestHandler'] }
}

export interface HardenOptions {
  origin: string
  openExternal: (url: string) => Promise<void>
  /** A file dropped outside the page's own drop zones arrives as a file: navigation; import it. */
  onFileDropped?: (path: string) => void
}

export function hardenContents(contents: HardenableContents, options: HardenOptions): void {
  const onNavigate = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url, options.origin)) return
    event.preventDefault()
    const dropped = droppedFilePath(url)
    if (dropped && options.onFileDropped) options.onFileDropped(dropped)
    else void openExternalSafely(url, options.openExternal)
  }
  contents.on('will-navigate', onNavigate)
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.origin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, options.openExternal)
    return { action: 'deny' }
  })
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
}
