// Per-character folds for matching in JavaScript, mirroring the FTS5 index (case, marks, đ→d):
// the loose key of a query word, and the regex classes of letters that fold to the same key letter.

import { DROP, looseUnit } from '../text/loose-unit'

/** Lower case, marks removed, đ→d: the same equivalence as the folded FTS5 index. */
export function foldLoose(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const f = looseUnit(text.charCodeAt(i))
    if (f !== DROP) out += String.fromCharCode(f)
  }
  return out
}

/**
 * Letters gathered into the variant classes: Latin-1, Latin Extended-A (European languages), ơ ư,
 * pinyin ǎ ǐ ǒ ǔ ǚ, Greek, Cyrillic and the Vietnamese block. Rarer letters (Latin Extended-B,
 * transliteration dots like ṭ) are left out on purpose: every extra letter in a class slows the
 * scan of each body, and such a letter is still found by the index, only not highlighted when a
 * body is matched directly (exact mode, or an article without a search key); search keys fold every
 * letter, so the usual results page highlights it too.
 */
const FOLDING_RANGES: [number, number][] = [
  [0x00, 0x17f],
  [0x1a0, 0x1b0],
  [0x1cd, 0x1dc],
  [0x370, 0x52f],
  [0x1ea0, 0x1ef9]
]
let inverse: Map<number, string[]> | null = null

function buildInverse(): Map<number, string[]> {
  const inv = new Map<number, string[]>()
  for (const [lo, hi] of FOLDING_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const f = looseUnit(c)
      if (f === DROP) continue
      const list = inv.get(f) ?? []
      list.push(String.fromCharCode(c))
      inv.set(f, list)
    }
  }
  return inv
}

function escapeClassChar(ch: string): string {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch
}

function upper(ch: string): string {
  const u = ch.toUpperCase()
  return u.length === 1 ? u : ch
}

const looseClasses = new Map<string, string>()
const exactClasses = new Map<string, string>()

/**
 * A regex character class matching every code unit that folds (loosely) to the folded unit `ch`:
 * for `o` it holds o, O, ó, ờ, Ợ, … so a loose search runs on the original text without folding it.
 */
export function looseClass(ch: string): string {
  let cls = looseClasses.get(ch)
  if (!cls) {
    inverse ??= buildInverse()
    const set = new Set([ch, upper(ch), ...(inverse.get(ch.charCodeAt(0)) ?? [])])
    cls = `[${[...set].map(escapeClassChar).join('')}]`
    looseClasses.set(ch, cls)
  }
  return cls
}

/** Case-insensitive class for exact mode: `ợ` matches ợ and Ợ only. */
export function exactClass(ch: string): string {
  let cls = exactClasses.get(ch)
  if (!cls) {
    cls = `[${[...new Set([ch, upper(ch)])].map(escapeClassChar).join('')}]`
    exactClasses.set(ch, cls)
  }
  return cls
}
