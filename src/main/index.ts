// Electron entry: wires the shell's small modules together. Everything here is glue; the logic lives
// in the modules it calls, each tested with fakes.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell } from 'electron'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive, type Archive } from '../core/archive'
import { startBackupSchedule, type BackupSchedule } from '../core/backup/backup-schedule'
import { errorLine } from '../core/errors'
import { createDispatcher } from '../host/dispatch/dispatcher'
import type { FolioEvent } from '../shared/api-types'
import { RENDERER_CSP } from '../shared/csp'
import { EVENT_CHANNEL } from '../shared/ipc-channels'
import { APP_ENTRY, trustedOrigin } from './app-origin'
import {
  chooseArchivePath,
  createArchiveHolder,
  LAST_ARCHIVE_FILE,
  parseLastArchive
} from './archive-location'
import { createDialogs, type DialogApi } from './dialogs'
import { openExternalSafely } from './external-links'
import { registerIpc } from './ipc'
import { buildMenuTemplate } from './menu'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { importFromShell } from './shell-import'
import { claimSingleInstance, filesFromArgv } from './single-instance'
import { createMainWindow } from './window'
import { fitToDisplays, parseWindowState } from './window-state'

// A separate per-user folder (tests, a second profile): set before the single-instance lock, which is
// per folder.
if (process.env.FOLIO_USER_DATA) app.setPath('userData', process.env.FOLIO_USER_DATA)

const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
const origin = trustedOrigin(devServerUrl)
const launchFiles = filesFromArgv(process.argv, process.cwd(), existsSync, app.isPackaged)
let win: BrowserWindow | null = null
let pendingFiles: string[] = [...launchFiles]

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

registerAppScheme(protocol)

if (!claimSingleInstance(app, launchFiles, onSecondLaunch)) {
  app.quit()
} else {
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fail(e))
  app.on('window-all-closed', () => app.quit())
}

let handleFiles: (files: string[]) => void = (files) => {
  pendingFiles.push(...files)
}

function onSecondLaunch(files: string[]): void {
  if (win) {
    if (win.isMinimized()) win.restore()
    win.focus()
  }
  handleFiles(files)
}

function fail(e: unknown): void {
  dialog.showErrorBox('Folio cannot start', errorLine(e))
  app.exit(1)
}

function openInitialArchive(userData: string): Archive {
  const lastFile = join(userData, LAST_ARCHIVE_FILE)
  const path = chooseArchivePath(userData, process.env, parseLastArchive(readText(lastFile)))
  return openArchive(path)
}

/** The archive to start with; one that is refused (corrupt, newer, foreign) lets the user pick another. */
async function firstArchive(userData: string): Promise<Archive | null> {
  let attempt = (): Archive => openInitialArchive(userData)
  for (;;) {
    try {
      return attempt()
    } catch (e) {
      const choice = dialog.showMessageBoxSync({
        type: 'error',
        message: 'Folio cannot open the archive',
        detail: `${errorLine(e)}\n\nYou can open another archive (or a backup) instead.`,
        buttons: ['Open Another Archive…', 'Quit'],
        defaultId: 0,
        cancelId: 1
      })
      if (choice !== 0) return null
      const picked = await dialog.showOpenDialog({
        title: 'Open archive',
        properties: ['openFile', 'promptToCreate']
      })
      if (picked.canceled || !picked.filePaths[0]) return null
      const path = picked.filePaths[0]
      attempt = () => openArchive(path)
    }
  }
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  mkdirSync(userData, { recursive: true })
  const initial = await firstArchive(userData)
  if (!initial) {
    app.quit()
    return
  }
  const holder = createArchiveHolder(openArchive, initial)
  // Automatic backups on the archive's own schedule (backup settings live in the archive); restarted
  // when another archive is opened, stopped on quit.
  const startBackups = (): BackupSchedule =>
    startBackupSchedule(holder.current(), { onError: (message) => console.error(message) })
  let backups = startBackups()
  const emit = (event: FolioEvent): void => {
    if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
  }
  const boundDialog: DialogApi = {
    showOpenDialog: (o) => (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o)),
    showSaveDialog: (o) => (win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o))
  }
  const dialogs = createDialogs(boundDialog)
  const openExternal = (url: string): Promise<void> => shell.openExternal(url)
  const dispatcher = createDispatcher({
    archive: holder.current,
    emit,
    shell: {
      appInfo: { shell: 'desktop', version: app.getVersion(), platform: process.platform },
      pickImportPaths: dialogs.pickImportPaths,
      pickFolder: dialogs.pickFolder,
      saveFile: dialogs.saveFile,
      openExternal: (url) => openExternalSafely(url, openExternal)
    }
  })
  registerIpc(ipcMain, dispatcher, origin)
  handleAppProtocol(protocol, join(__dirname, '../renderer'), RENDERER_CSP)

  handleFiles = (files) => void importFromShell(dispatcher, emit, files)

  async function openArchiveFromMenu(): Promise<void> {
    const path = await dialogs.pickArchive()
    if (!path) return
    dispatcher.cancelAll()
    try {
      backups.stop()
      let next: Archive
      try {
        next = holder.switchTo(path)
      } finally {
        backups = startBackups() // on the new archive, or again on the old one if it was refused
      }
      writeFileSync(join(userData, LAST_ARCHIVE_FILE), JSON.stringify({ path: next.path }))
      emit({ type: 'archive-changed' })
    } catch (e) {
      dialog.showErrorBox('This archive cannot be opened', errorLine(e))
    }
  }

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        { send: (command) => emit({ type: 'menu', command }), openArchive: () => void openArchiveFromMenu() },
        process.platform,
        { devTools: !app.isPackaged }
      )
    )
  )

  const stateFile = join(userData, 'window-state.json')
  win = createMainWindow({
    BrowserWindow,
    state: fitToDisplays(
      parseWindowState(readText(stateFile)),
      screen.getAllDisplays().map((d) => d.workArea)
    ),
    preloadPath: join(__dirname, '../preload/index.js'),
    entryUrl: devServerUrl ?? APP_ENTRY,
    origin,
    openExternal,
    onFileDropped: (path) => handleFiles([path]),
    saveState: (state) => writeFileSync(stateFile, JSON.stringify(state))
  })
  win.webContents.once('did-finish-load', () => {
    const files = pendingFiles
    pendingFiles = []
    handleFiles(files)
  })
  win.on('closed', () => {
    win = null
  })
  app.on('before-quit', () => {
    dispatcher.cancelAll()
    backups.stop()
    holder.close()
  })
}
