// The part of fontkit (pdfkit's own font engine) that Folio calls directly.
declare module 'fontkit' {
  export interface Glyph {
    id: number
    advanceWidth: number
    codePoints: number[]
    path: { toSVG(): string; commands: { command: string; args: number[] }[] }
  }
  export interface GlyphRun {
    glyphs: Glyph[]
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
    advanceWidth: number
  }
  export interface Font {
    unitsPerEm: number
    /** hhea ascent, in font units: where pdfkit puts the baseline below the top it is given. */
    ascent: number
    layout(text: string): GlyphRun
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
