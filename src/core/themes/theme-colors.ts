// Theme colours that work in the UI and the PDF: readable against both a light and a dark page, and
// far enough apart to tell themes apart. WCAG contrast and CIEDE2000 colour difference, by formula.
import { FolioError } from '../errors'

/** The page colours the UI and the PDF draw on. */
export const LIGHT_BACKGROUND = '#FFFFFF'
export const DARK_BACKGROUND = '#1E1E1E'
/** WCAG 2 minimum for graphical marks and large text: the colour is a marker, a swatch, an underline. */
export const MIN_CONTRAST = 3
/** CIEDE2000 distance under which two themes' colours are too easily confused side by side. */
export const MIN_DISTANCE = 12

/** Twelve colours that pass both checks against each other; new themes take the farthest free one. */
export const THEME_PALETTE: readonly string[] = [
  '#2A7AB8', // blue
  '#C2413B', // red
  '#B7791F', // amber
  '#2F8F5B', // green
  '#8A56C2', // violet
  '#C0427F', // magenta
  '#13878F', // teal
  '#8C7A1E', // olive
  '#D0601B', // orange
  '#4860E6', // indigo
  '#9A6A4F', // brown
  '#6F8A2A' // moss
]

const HEX = /^#?([0-9a-f]{6})$/i
const SHORT_HEX = /^#?([0-9a-f]{3})$/i

/** '#rgb', '#rrggbb' (with or without '#') → '#RRGGBB'; anything else is a clear error. */
export function parseColor(input: string): string {
  const s = input.trim()
  const short = SHORT_HEX.exec(s)
  if (short) return ('#' + [...short[1]].map((c) => c + c).join('')).toUpperCase()
  const long = HEX.exec(s)
  if (long) return ('#' + long[1]).toUpperCase()
  throw new FolioError('invalid-input', `"${input}" is not a colour: write it as #RRGGBB, e.g. #2A7AB8.`)
}

type RGB = [number, number, number]

function rgb(hex: string): RGB {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

function toHex([r, g, b]: RGB): string {
  const c = (v: number): string =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0')
  return ('#' + c(r) + c(g) + c(b)).toUpperCase()
}

function linear(v: number): number {
  const c = v / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

export type Lab = [number, number, number]

/** sRGB → CIE L*a*b* (D65). */
export function hexToLab(hex: string): Lab {
  const [r, g, b] = rgb(hex).map(linear)
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const rad = (d: number): number => (d * Math.PI) / 180
const deg = (r: number): number => (r * 180) / Math.PI

/** CIEDE2000 colour difference between two hex colours: ~1 is barely visible, above 10 clearly different. */
export function colorDistance(a: string, b: string): number {
  return deltaE2000(hexToLab(a), hexToLab(b))
}

/** CIEDE2000 (Sharma, Wu and Dalal's formulation). */
export function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const C1 = Math.hypot(a1, b1)
  const C2 = Math.hypot(a2, b2)
  const Cm = (C1 + C2) / 2
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)))
  const ap1 = (1 + G) * a1
  const ap2 = (1 + G) * a2
  const Cp1 = Math.hypot(ap1, b1)
  const Cp2 = Math.hypot(ap2, b2)
  const hp = (x: number, y: number): number => (x === 0 && y === 0 ? 0 : (deg(Math.atan2(y, x)) + 360) % 360)
  const hp1 = hp(ap1, b1)
  const hp2 = hp(ap2, b2)
  const dL = L2 - L1
  const dC = Cp2 - Cp1
  let dh = 0
  if (Cp1 * Cp2 !== 0)
    dh = Math.abs(hp2 - hp1) <= 180 ? hp2 - hp1 : hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 + 360
  const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin(rad(dh / 2))
  const Lm = (L1 + L2) / 2
  const Cpm = (Cp1 + Cp2) / 2
  let hm = hp1 + hp2
  if (Cp1 * Cp2 !== 0) {
    hm =
      Math.abs(hp1 - hp2) <= 180
        ? (hp1 + hp2) / 2
        : hp1 + hp2 < 360
          ? (hp1 + hp2 + 360) / 2
          : (hp1 + hp2 - 360) / 2
  }
  const T =
    1 -
    0.17 * Math.cos(rad(hm - 30)) +
    0.24 * Math.cos(rad(2 * hm)) +
    0.32 * Math.cos(rad(3 * hm + 6)) -
    0.2 * Math.cos(rad(4 * hm - 63))
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2))
  const Rc = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7))
  const Sl = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2)
  const Sc = 1 + 0.045 * Cpm
  const Sh = 1 + 0.015 * Cpm * T
  const Rt = -Math.sin(rad(2 * dTheta)) * Rc
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh))
}

/** True when the colour keeps MIN_CONTRAST against both the light and the dark page. */
export function isReadableOnBoth(hex: string): boolean {
  return (
    contrastRatio(hex, LIGHT_BACKGROUND) >= MIN_CONTRAST &&
    contrastRatio(hex, DARK_BACKGROUND) >= MIN_CONTRAST
  )
}

/** The nearest colour of the same hue that is readable on both pages (mixing towards black or white). */
export function readableVariant(hex: string): string {
  if (isReadableOnBoth(hex)) return hex
  const base = rgb(hex)
  const tooLight = contrastRatio(hex, LIGHT_BACKGROUND) < MIN_CONTRAST
  const target: RGB = tooLight ? [0, 0, 0] : [255, 255, 255]
  for (let t = 0.02; t <= 1; t += 0.02) {
    const mixed = toHex(base.map((v, i) => v + (target[i] - v) * t) as RGB)
    if (isReadableOnBoth(mixed)) return mixed
  }
  return THEME_PALETTE[0]
}

export interface NamedColor {
  name: string
  color: string
}

/** Refuses a colour that is hard to read on either page or too close to another theme's colour. */
export function assertUsableColor(hex: string, others: readonly NamedColor[]): void {
  if (!isReadableOnBoth(hex)) {
    const onLight = contrastRatio(hex, LIGHT_BACKGROUND)
    const where = onLight < MIN_CONTRAST ? 'a light' : 'a dark'
    throw new FolioError(
      'invalid-input',
      `${hex} is hard to see on ${where} background; try ${readableVariant(hex)}, a readable shade of it.`
    )
  }
  for (const o of others) {
    if (colorDistance(hex, o.color) < MIN_DISTANCE) {
      throw new FolioError(
        'invalid-input',
        `${hex} is too close to the colour of "${o.name}" (${o.color}); pick one that is easier to tell apart, e.g. ${nextThemeColor(others.map((x) => x.color))}.`
      )
    }
  }
}

/** The palette colour farthest from every colour already in use. */
export function nextThemeColor(used: readonly string[]): string {
  let best = THEME_PALETTE[0]
  let bestDistance = -1
  for (const c of THEME_PALETTE) {
    const d = used.length ? Math.min(...used.map((u) => colorDistance(c, u))) : Infinity
    if (d > bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}
