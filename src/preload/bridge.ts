// The object the preload exposes as window.folio: each contract method over its own IPC channel.
// Pure (takes the IPC functions as arguments) so a test can check it without Electron.
import type { ApiInput, ApiMethod, ApiOutput, FolioApi } from '../shared/api'
import type { FolioEvent } from '../shared/api-types'
import { EVENT_CHANNEL, channelFor, type IpcReply } from '../shared/ipc-channels'

export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export function createBridge(ipc: RendererIpc) {
  function call<M extends ApiMethod>(method: M): (input?: ApiInput<M>) => Promise<ApiOutput<M>> {
    return async (input) => {
      const reply = (await ipc.invoke(channelFor(method), input)) as IpcReply
      // A plain object, not an Error: contextBridge keeps only the message of an Error.
      if (!reply.ok) throw { code: reply.error.code, message: reply.error.message }
      return reply.value as ApiOutput<M>
    }
  }

  return {
    getAppInfo: call('getAppInfo'),
    getArchiveInfo: call('getArchiveInfo'),
    importPaths: call('importPaths'),
    importFiles: call('importFiles'),
    importUrls: call('importUrls'),
    cancelJob: call('cancelJob'),
    listArticles: call('listArticles'),
    getArticle: call('getArticle'),
    updateArticle: call('updateArticle'),
    deleteArticles: call('deleteArticles'),
    undoDeleteArticles: call('undoDeleteArticles'),
    search: call('search'),
    searchFacets: call('searchFacets'),
    findInArticle: call('findInArticle'),
    listPassages: call('listPassages'),
    createPassage: call('createPassage'),
    updatePassage: call('updatePassage'),
    deletePassage: call('deletePassage'),
    undoDeletePassage: call('undoDeletePassage'),
    listOrphans: call('listOrphans'),
    reattachPassage: call('reattachPassage'),
    listThemes: call('listThemes'),
    createTheme: call('createTheme'),
    renameTheme: call('renameTheme'),
    recolorTheme: call('recolorTheme'),
    describeTheme: call('describeTheme'),
    reorderThemes: call('reorderThemes'),
    nestTheme: call('nestTheme'),
    mergeThemes: call('mergeThemes'),
    deleteTheme: call('deleteTheme'),
    setThemeKeywords: call('setThemeKeywords'),
    listSuggestions: call('listSuggestions'),
    acceptSuggestions: call('acceptSuggestions'),
    rejectSuggestions: call('rejectSuggestions'),
    getMemo: call('getMemo'),
    setMemo: call('setMemo'),
    listMemos: call('listMemos'),
    deleteMemo: call('deleteMemo'),
    listCollections: call('listCollections'),
    createCollection: call('createCollection'),
    renameCollection: call('renameCollection'),
    deleteCollection: call('deleteCollection'),
    addToCollection: call('addToCollection'),
    removeFromCollection: call('removeFromCollection'),
    passagesPerTheme: call('passagesPerTheme'),
    passagesPerMonth: call('passagesPerMonth'),
    passagesPerSource: call('passagesPerSource'),
    themeCooccurrence: call('themeCooccurrence'),
    coverage: call('coverage'),
    exportArticlePdf: call('exportArticlePdf'),
    previewThemeBrief: call('previewThemeBrief'),
    exportThemeBrief: call('exportThemeBrief'),
    exportCsv: call('exportCsv'),
    exportMarkdown: call('exportMarkdown'),
    exportW3c: call('exportW3c'),
    exportQdpx: call('exportQdpx'),
    exportQdc: call('exportQdc'),
    getSettings: call('getSettings'),
    updateSettings: call('updateSettings'),
    backupNow: call('backupNow'),
    listBackups: call('listBackups'),
    pickImportPaths: call('pickImportPaths'),
    pickFolder: call('pickFolder'),
    saveFile: call('saveFile'),
    openExternal: call('openExternal'),
    onEvent(listener: (event: FolioEvent) => void): () => void {
      // Hand the page only the event's data, never Electron's event object (it holds the sender).
      const relay = (_event: unknown, data: unknown): void => listener(data as FolioEvent)
      ipc.on(EVENT_CHANNEL, relay)
      return () => void ipc.removeListener(EVENT_CHANNEL, relay)
    }
  } satisfies FolioApi
}
