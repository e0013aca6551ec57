// Preload: exposes exactly Folio's contract as window.folio to the sandboxed renderer — never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld('folio', createBridge(ipcRenderer))
