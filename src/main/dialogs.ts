// Native open/save dialogs behind small functions, and saving an export without a half-written file.
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { ExportFile } from '../shared/api-types'

/** Electron's dialog module with the parent window already bound (a fake in tests). */
export interface DialogApi {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
}

const IMPORTABLE = ['html', 'htm', 'txt', 'md', 'markdown', 'docx', 'qdpx', 'qdc']

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF document',
  csv: 'CSV spreadsheet',
  md: 'Markdown',
  json: 'JSON',
  jsonld: 'JSON-LD',
  qdpx: 'REFI-QDA project',
  qdc: 'REFI-QDA codebook'
}

/** Writes to a temporary name beside the target, then renames: the target is whole or untouched. */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.folio-partial`
  try {
    writeFileSync(temp, bytes)
    renameSync(temp, path)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}

export function createDialogs(
  dialog: DialogApi,
  write: (path: string, bytes: Uint8Array) => void = writeFileAtomically
) {
  return {
    async pickImportPaths(kind: 'files' | 'folder'): Promise<string[]> {
      const r = await dialog.showOpenDialog(
        kind === 'files'
          ? {
              title: 'Import articles',
              properties: ['openFile', 'multiSelections'],
              filters: [
                { name: 'Articles', extensions: IMPORTABLE },
                { name: 'All files', extensions: ['*'] }
              ]
            }
          : { title: 'Import a folder of articles', properties: ['openDirectory', 'multiSelections'] }
      )
      return r.canceled ? [] : r.filePaths
    },

    async pickFolder(title?: string): Promise<string | null> {
      const r = await dialog.showOpenDialog({
        title: title ?? 'Choose a folder',
        properties: ['openDirectory', 'createDirectory']
      })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },

    async pickArchive(): Promise<string | null> {
      const r = await dialog.showOpenDialog({
        title: 'Open archive',
        properties: ['openFile', 'promptToCreate'],
        filters: [
          { name: 'Folio archive', extensions: ['sqlite', 'folio', 'db'] },
          { name: 'All files', extensions: ['*'] }
        ]
      })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },

    async saveFile(file: ExportFile): Promise<string | null> {
      const ext = extname(file.fileName).slice(1).toLowerCase()
      const r = await dialog.showSaveDialog({
        title: 'Save export',
        defaultPath: file.fileName,
        filters: ext ? [{ name: FILTER_NAMES[ext] ?? ext.toUpperCase(), extensions: [ext] }] : []
      })
      if (r.canceled || !r.filePath) return null
      write(r.filePath, file.bytes)
      return r.filePath
    }
  }
}

export type Dialogs = ReturnType<typeof createDialogs>
