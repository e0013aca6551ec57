// Preload: exposes Folio's contract (and nothing else) to the sandboxed renderer.
import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('folio', {})
