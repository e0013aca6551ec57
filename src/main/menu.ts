// The application menu: File (import, export, backup, open archive), Edit, View, Help, with shortcuts.
// Most items hand a command to the page, which owns the dialogs' follow-up and the progress panel.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/api-types'

export interface MenuActions {
  send(command: MenuCommand): void
  openArchive(): void
}

export function buildMenuTemplate(
  actions: MenuActions,
  platform: string,
  options: { devTools?: boolean } = {}
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const send = (command: MenuCommand) => () => actions.send(command)
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+I', click: send('import-folder') },
      { label: 'Import from Link…', accelerator: 'CmdOrCtrl+L', click: send('import-url') },
      { type: 'separator' },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
      { label: 'Back Up Now…', accelerator: 'CmdOrCtrl+Shift+B', click: send('backup') },
      { type: 'separator' },
      { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: () => actions.openArchive() },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('settings') },
            { type: 'separator' },
            { role: 'quit' }
          ] as MenuItemConstructorOptions[]))
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('find') }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools
        ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])
        : [])
    ]
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: 'About Folio', click: send('about') }]
  }
  const appMenu: MenuItemConstructorOptions = {
    label: 'Folio',
    submenu: [
      { label: 'About Folio', click: send('about') },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'Cmd+,', click: send('settings') },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' }
    ]
  }
  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help]
}
