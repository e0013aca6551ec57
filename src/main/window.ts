// The main window: secure options, hardened contents, remembered bounds, shown once ready.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { hardenContents, secureWebPreferences, type HardenOptions } from './security'
import { MIN_SIZE, trackWindowState, type WindowState } from './window-state'

export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Folio',
    show: false, // shown on ready-to-show: no white flash
    backgroundColor: '#f7f6f3',
    webPreferences: secureWebPreferences(preloadPath)
  }
}

export interface WindowDeps extends HardenOptions {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow
  state: WindowState
  preloadPath: string
  /** app://folio/index.html, or the dev server's URL. */
  entryUrl: string
  saveState: (state: WindowState) => void
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(mainWindowOptions(deps.state, deps.preloadPath))
  hardenContents(win.webContents, deps)
  trackWindowState(win, deps.saveState)
  win.once('ready-to-show', () => {
    if (deps.state.maximized) win.maximize()
    win.show()
  })
  void win.loadURL(deps.entryUrl)
  return win
}
