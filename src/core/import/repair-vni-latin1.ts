// Repairs VNI text that was shown as Latin-1 and then saved inside an otherwise Unicode file
// ("Tieáng Vieät" in a UTF-8 page). Works line by line, so Unicode lines are never touched, and only
// where the line reads as Vietnamese after the repair (French "Noël" or "où" stays as it is).
import { isVietnameseSyllable } from './vietnamese-syllable'
import { VNI_LETTERS, vniToUnicode } from './vni'

const WORD = /\p{L}+/gu
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/

/** Returns the text with VNI-as-Latin-1 lines converted, and whether anything changed. */
export function repairVniLatin1(text: string): { text: string; repaired: boolean } {
  if (!VNI_LETTERS.test(text)) return { text, repaired: false }
  let repaired = false
  const lines = text.split('\n').map((line) => {
    // A line that already holds Unicode Vietnamese letters (ă, đ, ơ, ư, ạ…ỹ — all beyond Latin-1) was
    // never VNI shown as Latin-1; skipping it keeps clean UTF-8 imports from paying for the check.
    if (!VNI_LETTERS.test(line) || UNICODE_VIETNAMESE.test(line)) return line
    let vniWords = 0
    let otherWords = 0
    for (const m of line.matchAll(WORD)) {
      const w = m[0]
      if (!VNI_LETTERS.test(w)) continue
      if (!isVietnameseSyllable(w) && isVietnameseSyllable(vniToUnicode(w))) vniWords++
      else otherWords++
    }
    if (vniWords < 2 || vniWords < 3 * otherWords) return line
    repaired = true
    return line.replace(WORD, (w) => (VNI_LETTERS.test(w) && !isVietnameseSyllable(w) ? vniToUnicode(w) : w))
  })
  return { text: repaired ? lines.join('\n') : text, repaired }
}
