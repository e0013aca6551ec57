// The main window is built with the secure options, hardened, loads the app entry and remembers bounds.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ENTRY, APP_ORIGIN } from './app-origin'
import { FakeBrowserWindow } from './test-fakes'
import { createMainWindow } from './window'

beforeEach(() => {
  FakeBrowserWindow.created = []
})

function create(saveState = vi.fn()) {
  return createMainWindow({
    BrowserWindow: FakeBrowserWindow as never,
    state: { x: 5, y: 6, width: 1100, height: 760, maximized: true },
    preloadPath: '/out/preload/index.js',
    entryUrl: APP_ENTRY,
    origin: APP_ORIGIN,
    openExternal: async () => undefined,
    saveState
  }) as unknown as FakeBrowserWindow
}

describe('main window', () => {
  it('is created with context isolation, sandbox, no Node and web security', () => {
    const win = create()
    const prefs = win.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    })
    expect(prefs.preload).toBe('/out/preload/index.js')
    expect(win.options).toMatchObject({ x: 5, y: 6, width: 1100, height: 760, show: false })
  })

  it('loads the app:// entry, is hardened, and shows (maximised) when ready', () => {
    const win = create()
    expect(win.loadURL).toHaveBeenCalledWith('app://folio/index.html')
    expect(win.webContents.navigate('https://evil.example/')).toBe(false)
    expect(win.webContents.windowOpenHandler).not.toBeNull()
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    expect(win.maximize).toHaveBeenCalled()
    expect(win.show).toHaveBeenCalled()
  })

  it('saves its bounds when it closes', () => {
    const save = vi.fn()
    const win = create(save)
    win.emit('close')
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: false })
  })
})
