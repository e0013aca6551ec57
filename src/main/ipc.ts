// IPC registration: one handler per contract method, each checking its sender frame before dispatch.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_METHODS } from '../shared/api-methods'
import { channelFor, type IpcReply } from '../shared/ipc-channels'
import type { Dispatcher } from '../host/dispatch/dispatcher'
import { isAppUrl } from './app-origin'

/** The parts of a sender frame the check reads. */
export interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * Only the app's own top-level page may call the contract: a frame from another origin (an iframe,
 * a page navigated away despite everything) or a frame already gone is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, origin: string): boolean {
  if (!frame) return false
  if (frame.parent) return false
  return isAppUrl(frame.url, origin)
}

export const FORBIDDEN_REPLY: IpcReply = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not use Folio’s archive.' }
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatcher: Pick<Dispatcher, 'dispatch'>,
  origin: string
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, origin)) return FORBIDDEN_REPLY
      return dispatcher.dispatch(method, input)
    })
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(channelFor(method))
  }
}
