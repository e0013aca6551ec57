// Theme colours: readable on light and dark pages, far enough apart, and the formulas themselves.
import { describe, expect, it } from 'vitest'
import { DEFAULT_CODEBOOK } from './default-codebook'
import {
  assertUsableColor,
  colorDistance,
  contrastRatio,
  DARK_BACKGROUND,
  deltaE2000,
  isReadableOnBoth,
  LIGHT_BACKGROUND,
  MIN_CONTRAST,
  MIN_DISTANCE,
  nextThemeColor,
  parseColor,
  readableVariant,
  THEME_PALETTE
} from './theme-colors'

describe('colour formulas', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2)
  })

  it("matches Sharma, Wu and Dalal's CIEDE2000 test pairs", () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373]
    ]
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(expected, 3)
  })
})

describe('theme colours', () => {
  const all = [...THEME_PALETTE, ...DEFAULT_CODEBOOK.map((t) => t.color)]

  it('every palette and default colour is readable on both a light and a dark page', () => {
    for (const c of all) {
      expect(contrastRatio(c, LIGHT_BACKGROUND), `${c} on light`).toBeGreaterThanOrEqual(MIN_CONTRAST)
      expect(contrastRatio(c, DARK_BACKGROUND), `${c} on dark`).toBeGreaterThanOrEqual(MIN_CONTRAST)
    }
  })

  it('every two palette colours are distinguishable', () => {
    for (let i = 0; i < THEME_PALETTE.length; i++) {
      for (let j = i + 1; j < THEME_PALETTE.length; j++) {
        const [a, b] = [THEME_PALETTE[i], THEME_PALETTE[j]]
        expect(colorDistance(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_DISTANCE)
      }
    }
  })

  it('the default codebook uses three distinguishable colours from the palette', () => {
    for (const t of DEFAULT_CODEBOOK) expect(THEME_PALETTE).toContain(t.color)
  })

  it('parses #rgb and #rrggbb and refuses anything else', () => {
    expect(parseColor('#2a7ab8')).toBe('#2A7AB8')
    expect(parseColor('c24')).toBe('#CC2244')
    for (const bad of ['red', '#12345', '#GGGGGG', '', 'rgb(1,2,3)'])
      expect(() => parseColor(bad)).toThrow(/not a colour/)
  })

  it('refuses a colour too pale for a light page or too dark for a dark one, offering a readable shade', () => {
    expect(() => assertUsableColor('#FFF59D', [])).toThrow(/hard to see on a light background/)
    expect(() => assertUsableColor('#101820', [])).toThrow(/hard to see on a dark background/)
    for (const c of ['#FFF59D', '#101820', '#00FFFF']) expect(isReadableOnBoth(readableVariant(c))).toBe(true)
  })

  it("refuses a colour too close to another theme's and suggests a free one", () => {
    expect(() => assertUsableColor('#2B7BB9', [{ name: 'Regional links', color: '#2A7AB8' }])).toThrow(
      /too close to the colour of "Regional links"/
    )
    const next = nextThemeColor(DEFAULT_CODEBOOK.map((t) => t.color))
    expect(DEFAULT_CODEBOOK.map((t) => t.color)).not.toContain(next)
    for (const t of DEFAULT_CODEBOOK)
      expect(colorDistance(next, t.color)).toBeGreaterThanOrEqual(MIN_DISTANCE)
  })
})
