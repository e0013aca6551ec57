// Theme colours on paper: the ink, a light tint for shading (opaque, so overlaps never muddy), RGB parts.
const FALLBACK = '#6B7280'

export function parseHex(color: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim())
  const hex = m ? m[1] : FALLBACK.slice(1)
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
}

/** The colour mixed with white: `strength` 1 is the colour, 0 is white. */
export function tint(color: string, strength: number): string {
  const rgb = parseHex(color).map((c) => Math.round(255 - (255 - c) * strength))
  return '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('')
}

/** PDF /C entry: RGB components in 0..1. */
export function pdfColor(color: string): [number, number, number] {
  return parseHex(color).map((c) => Math.round((c / 255) * 1000) / 1000) as [number, number, number]
}

export const INK = '#1F2328'
export const MUTED = '#5B6470'
export const RULE = '#C9CED6'
export const SHADE_STRENGTH = 0.3
