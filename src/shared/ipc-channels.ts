// IPC channel names and the reply envelope shared by main and preload (Electron-free, so both can use it).
import type { ApiMethod } from './api'
import type { ApiErrorData } from './api-error'

export const CHANNEL_PREFIX = 'folio:'
/** Main → renderer: progress, job results, menu commands. */
export const EVENT_CHANNEL = 'folio-event'

export function channelFor(method: ApiMethod): string {
  return CHANNEL_PREFIX + method
}

/** What a handler returns over IPC: ipcMain would otherwise flatten a thrown error to a string. */
export type IpcReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorData }
