// Remembers the window's size and position between launches, and never restores it off-screen.
import type { Rectangle } from 'electron'

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false }
export const MIN_SIZE = { width: 800, height: 560 }

/** Reads a saved state; anything malformed gives the default. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return { ...DEFAULT_STATE }
  try {
    const o = JSON.parse(text) as Partial<WindowState>
    const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
    if (!int(o.width) || !int(o.height)) return { ...DEFAULT_STATE }
    const state: WindowState = {
      width: Math.max(MIN_SIZE.width, o.width),
      height: Math.max(MIN_SIZE.height, o.height),
      maximized: o.maximized === true
    }
    if (int(o.x) && int(o.y)) {
      state.x = o.x
      state.y = o.y
    }
    return state
  } catch {
    return { ...DEFAULT_STATE }
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/**
 * Keeps the saved position only if enough of the window (its title bar area included) is on one of
 * today's displays — a monitor may have been unplugged since — and shrinks it to fit the largest one.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (workAreas.length === 0) return state
  const largest = workAreas.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b))
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, largest.width),
    height: Math.min(state.height, largest.height)
  }
  if (fitted.x === undefined || fitted.y === undefined) return fitted
  const rect = { x: fitted.x, y: fitted.y, width: fitted.width, height: fitted.height }
  const titleBar = { x: fitted.x, y: fitted.y, width: fitted.width, height: 40 }
  const visible = workAreas.some(
    (d) => overlap(rect, d) >= 0.25 * rect.width * rect.height && overlap(titleBar, d) > 0
  )
  if (!visible) {
    delete fitted.x
    delete fitted.y
  }
  return fitted
}

/** The parts of a BrowserWindow that tracking needs. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown
  getNormalBounds(): Rectangle
  isMaximized(): boolean
}

/** Saves the window's normal (unmaximised) bounds and maximised flag when it closes. */
export function trackWindowState(win: TrackedWindow, save: (state: WindowState) => void): void {
  win.on('close', () => {
    const b = win.getNormalBounds()
    save({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() })
  })
}
