// Which font draws each character: Be Vietnam Pro where it has the letter, else Noto Sans where that
// has it. A line is drawn (and measured) as runs of one font each; a combining mark or a space stays
// in the run of the letter before it, so a letter and its accent are never split between fonts.
import type { Font } from 'fontkit'
import type { FontKey } from '../fonts'

/** A face registered on every document: the primary one, or its fallback ("fallback-regular"…). */
export type FaceName = FontKey | `fallback-${FontKey}`

export interface FontRun {
  face: FaceName
  text: string
}

/** Per face: 1 when it has a glyph for the code point, 2 when not (0: not looked up yet). */
const coverage = new Map<Font, Map<number, number>>()

function has(font: Font, cp: number): boolean {
  let known = coverage.get(font)
  if (!known) coverage.set(font, (known = new Map()))
  let v = known.get(cp)
  if (v === undefined) {
    v = font.hasGlyphForCodePoint(cp) ? 1 : 2
    known.set(cp, v)
  }
  return v === 1
}

/** Characters that never choose a font: spaces, combining marks, format characters (joiners). */
const FOLLOWS = /^[\s\p{M}\p{Cf}]$/u

/** Whether `text` has a character the primary face lacks (most text has none: one fast scan). */
export function needsFallback(primary: Font, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // ASCII and the Vietnamese letters are always in the primary face
    if (c < 0x80) continue
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    if (!has(primary, cp) && !FOLLOWS.test(String.fromCodePoint(cp))) return true
  }
  return false
}

/** `text` as runs of one face each: the primary where it has the letter, else the fallback if it does. */
export function fontRuns(key: FontKey, primary: Font, fallback: Font, text: string): FontRun[] {
  const runs: FontRun[] = []
  let face: FaceName = key
  let start = 0
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const ch = text.slice(i, i + width)
    if (!FOLLOWS.test(ch)) {
      const want: FaceName = has(primary, cp) || !has(fallback, cp) ? key : `fallback-${key}`
      if (want !== face) {
        if (i > start) runs.push({ face, text: text.slice(start, i) })
        face = want
        start = i
      }
    }
    i += width
  }
  if (text.length > start) runs.push({ face, text: text.slice(start) })
  return runs
}
