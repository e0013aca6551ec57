import { describe, expect, it } from 'vitest'
import { markersThatFit } from './margin-markers'
import { markerWidth, moreMarkerWidth } from './passage-shading'

const GAP = 5
/** Points the markers and "+N" pill of a line take when `fit` of `widths` are drawn. */
function used(widths: number[], fit: number): number {
  const drawn = widths.slice(0, fit).reduce((s, w) => s + w, 0) + GAP * Math.max(0, fit - 1)
  const more = widths.length - fit
  return more ? drawn + (fit ? GAP : 0) + moreMarkerWidth(more) : drawn
}

describe('margin markers of a line', () => {
  const ROOM = 66 // an A4 article's left margin, less the clearance to the text and the page edge

  it('draws every marker when they fit, and never more than fit', () => {
    expect(
      markersThatFit(
        4,
        () => 12,
        ROOM,
        () => 12
      )
    ).toBe(4)
    expect(
      markersThatFit(
        5,
        () => 12,
        ROOM,
        () => 12
      )
    ).toBe(3) // three and "+2"
    expect(
      markersThatFit(
        1,
        () => 70,
        ROOM,
        () => 12
      )
    ).toBe(0) // "+1" rather than a marker off the page
  })

  it('keeps wide numbers and their "+N" inside the margin, side by side', () => {
    for (const numbers of [
      [1, 2, 3, 4, 5, 6],
      [998, 999, 1000, 1001, 1002],
      [9999, 10000, 10001],
      [10005, 10006, 10007, 10008, 10009, 10010, 10011]
    ]) {
      const widths = numbers.map(markerWidth)
      const fit = markersThatFit(widths.length, (i) => widths[i], ROOM, moreMarkerWidth)
      expect(used(widths, fit)).toBeLessThanOrEqual(ROOM)
      // one more would not have fitted
      if (fit < widths.length) expect(used(widths, fit + 1)).toBeGreaterThan(ROOM)
    }
  })

  it('asks for the widths only of the markers it considers', () => {
    const asked: number[] = []
    markersThatFit(
      10_000,
      (i) => (asked.push(i), 12),
      ROOM,
      () => 30
    )
    expect(asked.length).toBeLessThan(5)
  })
})
