// The loose fold of one UTF-16 code unit, as the folded FTS5 index sees it: lower case, marks
// removed, đ→d. Computed on first use per code unit and kept in a 64 K table, because search folds
// every unit of query words, titles and (at import) whole bodies.

/** Sentinel: the unit is a combining mark, which the loose fold drops. */
export const DROP = 0xffff

/**
 * A per-code-unit function computed on first use and then read from a 64 K table. Units are computed
 * 256 at a time, on first use of their block: the whole table costs about 80 ms, while a text touches
 * few blocks (Vietnamese four or five), and one flag per block keeps the per-unit check cheap in the
 * loops that fold whole bodies.
 */
export function unitTable(compute: (c: number) => number): (c: number) => number {
  const values = new Uint16Array(65536)
  const filled = new Uint8Array(256)
  return (c) => {
    const block = c >> 8
    if (!filled[block]) {
      for (let u = block << 8, end = u + 256; u < end; u++) values[u] = compute(u)
      filled[block] = 1
    }
    return values[c]
  }
}

const MARK = /^\p{M}$/u
const MARKS = /\p{M}+/gu

function lowerUnit(ch: string): string {
  const lower = ch.toLowerCase()
  return lower.length === 1 ? lower : ch
}

function computeLoose(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c
  if (c === 0xffff) return 0xfffd
  const ch = String.fromCharCode(c)
  if (ch === 'đ' || ch === 'Đ') return 0x64
  if (MARK.test(ch)) return DROP
  // Only a decomposition into one base letter plus marks is folded (Latin, Vietnamese, Greek…);
  // Hangul syllables and the like decompose into several letters and stay as they are.
  const base = ch.normalize('NFD').replace(MARKS, '')
  return lowerUnit(base.length === 1 ? base : ch).charCodeAt(0)
}

/** The folded unit for code unit `c`, or DROP for a combining mark. Surrogates pass unchanged. */
export const looseUnit = unitTable(computeLoose)
