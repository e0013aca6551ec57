// IPC: one handler per contract method, and every call's sender frame checked against the app origin.
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../shared/api-methods'
import { channelFor } from '../shared/ipc-channels'
import { APP_ORIGIN, trustedOrigin } from './app-origin'
import { FORBIDDEN_REPLY, isTrustedSender, registerIpc } from './ipc'

function fakeIpcMain() {
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
  return {
    handlers,
    handle: vi.fn((channel: string, h: (event: unknown, input: unknown) => unknown) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, h)
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel))
  }
}

const appFrame = { url: 'app://folio/index.html#/library', parent: null }

describe('sender check', () => {
  it('trusts only the app’s own top-level frame', () => {
    expect(isTrustedSender(appFrame, APP_ORIGIN)).toBe(true)
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null }, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/index.html', parent: null }, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender({ url: 'app://folio/index.html', parent: {} }, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false)
  })

  it('trusts the dev server origin only when running from it', () => {
    const dev = trustedOrigin('http://localhost:5173/')
    expect(isTrustedSender({ url: 'http://localhost:5173/#/x', parent: null }, dev)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, APP_ORIGIN)).toBe(false)
  })
})

describe('IPC registration', () => {
  it('registers exactly one handler per contract method, and removes them all', () => {
    const ipc = fakeIpcMain()
    const unregister = registerIpc(ipc, { dispatch: vi.fn() }, APP_ORIGIN)
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort())
    unregister()
    expect(ipc.handlers.size).toBe(0)
  })

  it('dispatches a trusted call and refuses a foreign sender before dispatch', async () => {
    const ipc = fakeIpcMain()
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { articles: 0 } }))
    registerIpc(ipc, { dispatch }, APP_ORIGIN)
    const handler = ipc.handlers.get(channelFor('getArticle'))!
    expect(await handler({ senderFrame: appFrame }, { id: 3 })).toEqual({ ok: true, value: { articles: 0 } })
    expect(dispatch).toHaveBeenCalledWith('getArticle', { id: 3 })
    dispatch.mockClear()
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, { id: 3 })
    expect(foreign).toEqual(FORBIDDEN_REPLY)
    expect(await handler({ senderFrame: null }, { id: 3 })).toEqual(FORBIDDEN_REPLY)
    expect(dispatch).not.toHaveBeenCalled()
  })
})
