// The object exposed as window.folio: exactly the contract, errors as plain {code, message}, events
// without Electron's event object.
import { describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../shared/api-methods'
import { channelFor, EVENT_CHANNEL } from '../shared/ipc-channels'
import { createBridge } from './bridge'

function fakeIpc(reply: unknown) {
  const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>()
  return {
    invoke: vi.fn(async () => reply),
    on: vi.fn((c: string, l: (e: unknown, ...a: unknown[]) => void) => {
      listeners.set(c, (listeners.get(c) ?? new Set()).add(l))
    }),
    removeListener: vi.fn((c: string, l: (e: unknown, ...a: unknown[]) => void) =>
      listeners.get(c)?.delete(l)
    ),
    fire: (c: string, ...args: unknown[]) =>
      listeners.get(c)?.forEach((l) => l({ sender: 'secret' }, ...args))
  }
}

describe('preload bridge', () => {
  it('exposes exactly the contract methods and onEvent, nothing else', () => {
    const bridge = createBridge(fakeIpc({ ok: true, value: null }))
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onEvent'].sort())
    for (const v of Object.values(bridge)) expect(typeof v).toBe('function')
  })

  it('calls each method on its own channel and returns the value', async () => {
    const ipc = fakeIpc({ ok: true, value: { id: 4, title: 'Cần Thơ' } })
    const bridge = createBridge(ipc)
    expect(await bridge.getArticle({ id: 4 })).toEqual({ id: 4, title: 'Cần Thơ' })
    expect(ipc.invoke).toHaveBeenCalledWith(channelFor('getArticle'), { id: 4 })
  })

  it('rejects with a plain {code, message} object', async () => {
    const bridge = createBridge(
      fakeIpc({ ok: false, error: { code: 'not-found', message: 'There is no article 9.' } })
    )
    const e = await bridge.getArticle({ id: 9 }).catch((x: unknown) => x)
    expect(e).toEqual({ code: 'not-found', message: 'There is no article 9.' })
    expect(e).not.toBeInstanceOf(Error)
  })

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const ipc = fakeIpc(null)
    const bridge = createBridge(ipc)
    const got: unknown[][] = []
    const off = bridge.onEvent((...args: unknown[]) => got.push(args))
    ipc.fire(EVENT_CHANNEL, { type: 'menu', command: 'import-files' })
    off()
    ipc.fire(EVENT_CHANNEL, { type: 'menu', command: 'export' })
    expect(got).toEqual([[{ type: 'menu', command: 'import-files' }]])
  })
})
