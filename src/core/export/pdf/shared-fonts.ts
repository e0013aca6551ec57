// Fonts parsed and shaped once per process, not once per PDF: parsing four TTFs and shaping every
// word again for each document was most of an article's render time.
import * as fontkit from 'fontkit'
import { FONT_FILES, fontBytes, type FontKey } from '../fonts'
import type { Doc } from './pdf-document'

const fonts = new Map<FontKey, fontkit.Font>()
const layoutCaches = new Map<FontKey, Record<string, unknown>>()
const widthCaches = new Map<FontKey, Map<string, number>>()
const MAX_CACHED_RUNS = 200_000

export function sharedFont(key: FontKey): fontkit.Font {
  let font = fonts.get(key)
  if (!font) {
    font = fontkit.create(fontBytes(key))
    fonts.set(key, font)
  }
  return font
}

/** Registers the four faces on `doc`, sharing parsed fonts and shaped runs with earlier documents. */
export function registerSharedFonts(doc: Doc): void {
  for (const key of Object.keys(FONT_FILES) as FontKey[]) {
    doc.registerFont(key, sharedFont(key) as unknown as string)
    doc.font(key)
    let cache = layoutCaches.get(key)
    if (!cache || Object.keys(cache).length > MAX_CACHED_RUNS) {
      cache = Object.create(null) as Record<string, unknown>
      layoutCaches.set(key, cache)
    }
    // pdfkit's embedded font keeps shaped runs in `layoutCache` (scaled to 1000 units per em, the same
    // for every document using this font), and only reads them: sharing it is safe.
    ;(doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font.layoutCache = cache
  }
}

/**
 * Width in points of `text` at `size`, as pdfkit will draw it: pdfkit shapes text in runs that end
 * after each space or tab, so widths are summed over the same runs (cached per run).
 */
export function textWidth(key: FontKey, text: string, size: number): number {
  let cache = widthCaches.get(key)
  if (!cache || cache.size > MAX_CACHED_RUNS) {
    cache = new Map()
    widthCaches.set(key, cache)
  }
  let units = 0
  let last = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1
    if (c === 32 || c === 9 || (c === -1 && last < i)) {
      const end = c === -1 ? i : i + 1
      const run = text.slice(last, end)
      let w = cache.get(run)
      if (w === undefined) {
        const font = sharedFont(key)
        w = (font.layout(run).advanceWidth * 1000) / font.unitsPerEm
        cache.set(run, w)
      }
      units += w
      last = end
    }
  }
  return (units * size) / 1000
}
