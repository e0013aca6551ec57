// Fakes of the Electron objects the shell modules take, recording what was done to them.
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => void

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args)
  }
}

export function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null
  readonly session = {
    setPermissionRequestHandler: (h: typeof this.permissionHandler) => {
      this.permissionHandler = h
    }
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = h
  }
  /** Simulates a navigation; true when it was allowed to go ahead. */
  navigate(url: string, kind = 'will-navigate'): boolean {
    const e = fakeEvent()
    this.emit(kind, e, url)
    return !e.defaultPrevented
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  readonly loadURL = vi.fn(async () => undefined)
  readonly show = vi.fn()
  readonly maximize = vi.fn()
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.created.push(this)
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 }
  }
  isMaximized() {
    return false
  }
}
