// Fonts parsed and shaped once per process, not once per PDF: parsing four TTFs and shaping every
// word again for each document was most of an article's render time.
import * as fontkit from 'fontkit'
import { FONT_FILES, fallbackFontBytes, fontBytes, type FontKey } from '../fonts'
import type { Doc } from './pdf-document'
import { fontRuns, needsFallback, type FaceName } from './font-runs'

const fonts = new Map<FaceName, fontkit.Font>()
const layoutCaches = new Map<FaceName, Record<string, unknown>>()
const widthCaches = new Map<FontKey, Map<string, number>>()
const MAX_CACHED_RUNS = 200_000
const KEYS = Object.keys(FONT_FILES) as FontKey[]

/** A parsed face: one of the four primary faces, or the fallback of one ("fallback-regular"). */
export function sharedFont(face: FaceName): fontkit.Font {
  let font = fonts.get(face)
  if (!font) {
    const fallback = face.startsWith('fallback-')
    const key = (fallback ? face.slice('fallback-'.length) : face) as FontKey
    font = fontkit.create(fallback ? fallbackFontBytes(key) : fontBytes(key))
    fonts.set(face, font)
  }
  return font
}

/**
 * Registers the four faces on `doc`, sharing parsed fonts and shaped runs with earlier documents, and
 * their fallbacks (pdfkit embeds a registered font only once something is drawn in it).
 */
export function registerSharedFonts(doc: Doc): void {
  for (const key of KEYS)
    doc.registerFont(`fallback-${key}`, sharedFont(`fallback-${key}`) as unknown as string)
  for (const key of KEYS) {
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
        w = runUnits(key, run)
        cache.set(run, w)
      }
      units += w
      last = end
    }
  }
  return (units * size) / 1000
}

/** Advance of `text` in 1/1000 em of `face`. */
function faceUnits(face: FaceName, text: string): number {
  const font = sharedFont(face)
  return (font.layout(text).advanceWidth * 1000) / font.unitsPerEm
}

/** Advance of one of pdfkit's runs in 1/1000 em, in the faces that will draw its letters. */
function runUnits(key: FontKey, run: string): number {
  if (!needsFallback(sharedFont(key), run)) return faceUnits(key, run)
  return fontRuns(key, sharedFont(key), sharedFont(`fallback-${key}`), run).reduce(
    (sum, r) => sum + faceUnits(r.face, r.text),
    0
  )
}

/**
 * Draws one line of `text` with its top at (x, y), as pdfkit's text() does, in face `key` and, for the
 * letters it lacks, its fallback: run by run, each advanced by its measured width, each fallback run
 * moved so its baseline meets the primary face's (the two fonts' ascents differ).
 */
export function drawTextLine(doc: Doc, key: FontKey, size: number, text: string, x: number, y: number): void {
  const primary = sharedFont(key)
  if (!needsFallback(primary, text)) {
    doc.font(key).fontSize(size).text(text, x, y, { lineBreak: false })
    return
  }
  const ascent = (font: fontkit.Font): number => (font.ascent / font.unitsPerEm) * size
  let at = x
  for (const run of fontRuns(key, primary, sharedFont(`fallback-${key}`), text)) {
    const dy = run.face === key ? 0 : ascent(primary) - ascent(sharedFont(run.face))
    doc
      .font(run.face)
      .fontSize(size)
      .text(run.text, at, y + dy, { lineBreak: false })
    at += textWidth(key, run.text, size)
  }
  doc.font(key) // leave the document in the face it was asked for
}
