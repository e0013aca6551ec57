// The page flow: a cursor down the text column that lays out paragraphs on font metrics, breaks
// pages, and reports every line it places (page, box, character range) so callers can shade,
// annotate and cross-reference exactly what was drawn.
import type { FontKey } from '../fonts'
import type { Doc, Paper } from './pdf-document'
import { drawTextLine, textWidth } from './shared-fonts'
import { breakLines, type LaidLine, type Measure } from './text-layout'

export interface TextStyle {
  font: FontKey
  size: number
  /** Distance from one baseline to the next. */
  leading: number
  color: string
}

export interface PageGeometry {
  width: number
  height: number
  top: number
  bottom: number
  left: number
  right: number
}

export function pageGeometry(paper: Paper): PageGeometry {
  const [width, height] = paper === 'Letter' ? [612, 792] : [595.28, 841.89]
  return { width, height, top: 74, bottom: height - 66, left: 86, right: width - 66 }
}

export interface PlacedLine {
  page: number
  x: number
  /** Top of the line box; the line box is `leading` tall. */
  top: number
  /** The text that was drawn and its offsets in the caller's text. */
  text: string
  start: number
  end: number
  width: number
  style: TextStyle
  /** The glyph box (ascender to descender) inside the line box: where shading goes. */
  bandTop: number
  bandHeight: number
}

export interface ParagraphOptions {
  x?: number
  width?: number
  /** Called after a line is placed and before its text is drawn (shading goes under the text). */
  beforeText?: (line: PlacedLine, measure: Measure) => void
  afterText?: (line: PlacedLine, measure: Measure) => void
  /** Lines to keep on the page with the first one (2 avoids a lone first line at a page foot). */
  keepLines?: number
}

export class Flow {
  y: number
  readonly geometry: PageGeometry
  private readonly onNewPage: (flow: Flow) => void

  constructor(
    readonly doc: Doc,
    paper: Paper,
    onNewPage: (flow: Flow) => void = () => {}
  ) {
    this.geometry = pageGeometry(paper)
    this.onNewPage = onNewPage
    this.y = this.geometry.top
  }

  get contentWidth(): number {
    return this.geometry.right - this.geometry.left
  }

  /** Zero-based index of the current page in the document. */
  get page(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count - 1
  }

  addPage(): void {
    this.doc.addPage({ size: [this.geometry.width, this.geometry.height], margin: 0 })
    this.y = this.geometry.top
    this.onNewPage(this)
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.geometry.bottom) this.addPage()
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (this.y > this.geometry.top) this.y = Math.min(this.y + height, this.geometry.bottom)
  }

  measurer(style: TextStyle): Measure {
    return (s) => textWidth(style.font, s, style.size)
  }

  layout(text: string, style: TextStyle, width: number): LaidLine[] {
    return breakLines(text, width, this.measurer(style))
  }

  /** Draws `text` from the cursor down, page by page; returns the lines as placed. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): PlacedLine[] {
    const x = options.x ?? this.geometry.left
    const width = options.width ?? this.geometry.right - x
    const measure = this.measurer(style)
    const lines = breakLines(text, width, measure)
    const keep = Math.min(options.keepLines ?? 2, lines.length)
    this.ensure(style.leading * keep)
    const placed: PlacedLine[] = []
    for (const line of lines) {
      this.ensure(style.leading)
      placed.push(this.drawLine(text, line, style, x, options, measure))
      this.y += style.leading
    }
    return placed
  }

  private drawLine(
    text: string,
    line: LaidLine,
    style: TextStyle,
    x: number,
    options: ParagraphOptions,
    measure: Measure
  ): PlacedLine {
    // Be Vietnam Pro: ascender 1.0 em, descender 0.265 em; centre that box in the line box.
    const glyphBox = 1.265 * style.size
    const bandTop = this.y + (style.leading - glyphBox) / 2
    const placed: PlacedLine = {
      page: this.page,
      x,
      top: this.y,
      text: text.slice(line.start, line.end),
      start: line.start,
      end: line.end,
      width: line.width,
      style,
      bandTop,
      bandHeight: glyphBox
    }
    options.beforeText?.(placed, measure)
    if (placed.text) {
      this.doc.fillColor(style.color)
      drawTextLine(this.doc, style.font, style.size, placed.text, x, bandTop)
    }
    options.afterText?.(placed, measure)
    return placed
  }
}
