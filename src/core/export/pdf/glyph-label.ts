// Short labels (margin marker numbers) drawn as glyph outlines rather than text, so they never
// interleave with the article's words when a reader copies or extracts the text.
import type { FontKey } from '../fonts'
import type { Doc } from './pdf-document'
import { sharedFont } from './shared-fonts'

const pathCache = new Map<string, string>()

/** Width of `text` in points, as labelOutline would draw it. */
export function labelWidth(key: FontKey, text: string, size: number): number {
  const font = sharedFont(key)
  const run = font.layout(text)
  return (run.positions.reduce((w, p) => w + p.xAdvance, 0) * size) / font.unitsPerEm
}

/** Fills `text` as outlines with its baseline at (x, baseline). */
export function labelOutline(
  doc: Doc,
  key: FontKey,
  text: string,
  x: number,
  baseline: number,
  size: number,
  color: string
): void {
  const font = sharedFont(key)
  const run = font.layout(text)
  const scale = size / font.unitsPerEm
  let pen = 0
  doc.save()
  doc.translate(x, baseline).scale(scale, -scale)
  run.glyphs.forEach((g, i) => {
    const cacheKey = `${key}:${g.id}`
    let svg = pathCache.get(cacheKey)
    if (svg === undefined) {
      svg = g.path.toSVG()
      pathCache.set(cacheKey, svg)
    }
    if (svg) {
      doc.save()
      doc.translate(pen, 0)
      doc.path(svg).fill(color)
      doc.restore()
    }
    pen += run.positions[i].xAdvance
  })
  doc.restore()
}
