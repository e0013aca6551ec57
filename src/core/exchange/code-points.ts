// Offsets in Unicode code points (REFI-QDA) against UTF-16 code units (JavaScript, Folio's passages).

/** Code points before UTF-16 offset `utf16` of `text`. An offset inside a surrogate pair is refused. */
export function utf16ToCodePoint(text: string, utf16: number): number {
  if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > text.length) {
    throw new RangeError(`Offset ${utf16} lies outside a text of ${text.length} UTF-16 units.`)
  }
  if (splitsSurrogatePair(text, utf16)) {
    throw new RangeError(`Offset ${utf16} falls inside a character outside the Basic Multilingual Plane.`)
  }
  let points = 0
  for (let i = 0; i < utf16; i++) {
    points++
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++
  }
  return points
}

/** UTF-16 offset of code point `points` in `text`, or null when the text has fewer code points. */
export function codePointToUtf16(text: string, points: number): number | null {
  if (!Number.isInteger(points) || points < 0) return null
  let i = 0
  for (let seen = 0; seen < points; seen++) {
    if (i >= text.length) return null
    i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1
  }
  return i
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  return utf16ToCodePoint(text, text.length)
}

/**
 * A converter for many offsets into one text: a table of code point → UTF-16 offsets built once,
 * so a project with thousands of selections on a long article stays linear.
 */
export function offsetTable(text: string): { toUtf16(points: number): number | null; length: number } {
  const table: number[] = []
  for (let i = 0; i < text.length; i++) {
    table.push(i)
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++
  }
  table.push(text.length)
  return {
    length: table.length - 1,
    toUtf16: (points) =>
      Number.isInteger(points) && points >= 0 && points < table.length ? table[points] : null
  }
}

function splitsSurrogatePair(text: string, utf16: number): boolean {
  return (
    utf16 > 0 &&
    utf16 < text.length &&
    isHighSurrogate(text.charCodeAt(utf16 - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16))
  )
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** The reverse table: UTF-16 offset → code points, built once per text (throws inside a surrogate pair). */
export function codePointTable(text: string): (utf16: number) => number {
  const table = new Int32Array(text.length + 1)
  let points = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = points
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      table[i + 1] = -1 // the middle of a pair is no offset
      i++
    }
    points++
  }
  table[text.length] = points
  return (utf16) => {
    const v = Number.isInteger(utf16) && utf16 >= 0 && utf16 <= text.length ? table[utf16] : -1
    if (v < 0) throw new RangeError(`Offset ${utf16} is not a character boundary of the text.`)
    return v
  }
}
