// Short labels (margin marker numbers) drawn as glyph outlines rather than text, so they never
// interleave with the article's words when a reader copies or extracts the text.
//
// An article can carry thousands of markers, each drawn twice (margin and notes). Each glyph's
// outline is therefore turned into PDF path operators once and written as they are; handing pdfkit an
// SVG path per marker made it parse the same few digits tens of thousands of times (most of the
// 15 s a 10,000-passage article took).
import type { Glyph, GlyphRun } from 'fontkit'
import type { FontKey } from '../fonts'
import type { Doc } from './pdf-document'
import { sharedFont } from './shared-fonts'

/** PDF path operators of a glyph outline, in font units ('' for a glyph with no outline). */
const operatorCache = new Map<string, string>()
/** Laid-out labels: measuring and drawing a marker lay out the same text. Emptied when large. */
const runCache = new Map<string, GlyphRun>()
const MAX_RUNS = 4096

/** Font units are ~1/1000 em: at a marker's 7 pt, whole units are finer than any printer. */
const num = (v: number): string => String(Math.round(v))

/** The outline as m/l/c/h operators; quadratic segments become the equal cubic ones. */
function pathOperators(glyph: Glyph): string {
  const ops: string[] = []
  let x = 0
  let y = 0
  for (const { command, args: a } of glyph.path.commands) {
    if (command === 'moveTo' || command === 'lineTo') {
      ops.push(`${num(a[0])} ${num(a[1])} ${command === 'moveTo' ? 'm' : 'l'}`)
      ;[x, y] = a
    } else if (command === 'quadraticCurveTo') {
      const [qx, qy, ex, ey] = a
      const c1 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)]
      const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)]
      ops.push(`${num(c1[0])} ${num(c1[1])} ${num(c2[0])} ${num(c2[1])} ${num(ex)} ${num(ey)} c`)
      ;[x, y] = [ex, ey]
    } else if (command === 'bezierCurveTo') {
      ops.push(`${a.map(num).join(' ')} c`)
      ;[x, y] = [a[4], a[5]]
    } else if (command === 'closePath') {
      ops.push('h')
    }
  }
  return ops.join(' ')
}

function layout(key: FontKey, text: string): GlyphRun {
  const cacheKey = `${key}:${text}`
  let run = runCache.get(cacheKey)
  if (!run) {
    if (runCache.size >= MAX_RUNS) runCache.clear()
    run = sharedFont(key).layout(text)
    runCache.set(cacheKey, run)
  }
  return run
}

/** Width of `text` in points, as labelOutline would draw it. */
export function labelWidth(key: FontKey, text: string, size: number): number {
  const run = layout(key, text)
  return (run.positions.reduce((w, p) => w + p.xAdvance, 0) * size) / sharedFont(key).unitsPerEm
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
  const run = layout(key, text)
  const scale = size / sharedFont(key).unitsPerEm
  let pen = 0
  doc.save()
  doc.translate(x, baseline).scale(scale, -scale)
  doc.fillColor(color)
  run.glyphs.forEach((g, i) => {
    const cacheKey = `${key}:${g.id}`
    let ops = operatorCache.get(cacheKey)
    if (ops === undefined) {
      ops = pathOperators(g)
      operatorCache.set(cacheKey, ops)
    }
    if (ops) {
      doc.save()
      doc.translate(pen, 0)
      doc.addContent(ops)
      doc.fill()
      doc.restore()
    }
    pen += run.positions[i].xAdvance
  })
  doc.restore()
}
