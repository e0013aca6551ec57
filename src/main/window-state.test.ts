// Window bounds come back as they were, unless the display they were on is gone.
import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, fitToDisplays, parseWindowState } from './window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const external = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('window state', () => {
  it('reads saved bounds and falls back to the default on anything malformed', () => {
    expect(parseWindowState('{"x":100,"y":80,"width":1200,"height":800,"maximized":true}')).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true
    })
    for (const bad of [null, '', '{', '[]', '{"width":"big","height":1}', '{"x":1,"y":2}']) {
      expect(parseWindowState(bad)).toEqual(DEFAULT_STATE)
    }
    expect(parseWindowState('{"width":100,"height":100}')).toMatchObject({ width: 800, height: 560 })
  })

  it('keeps a position that is on a display', () => {
    const s = { x: 1600, y: 100, width: 1400, height: 900, maximized: false }
    expect(fitToDisplays(s, [laptop, external])).toEqual(s)
  })

  it('forgets a position on a display that was unplugged, and shrinks to fit', () => {
    const s = { x: 1600, y: 100, width: 2400, height: 1300, maximized: false }
    const fitted = fitToDisplays(s, [laptop])
    expect(fitted.x).toBeUndefined()
    expect(fitted.y).toBeUndefined()
    expect(fitted).toMatchObject({ width: 1440, height: 900 })
  })

  it('forgets a position whose title bar is above the screen', () => {
    const fitted = fitToDisplays({ x: 100, y: -600, width: 1000, height: 800, maximized: false }, [laptop])
    expect(fitted.y).toBeUndefined()
  })
})
