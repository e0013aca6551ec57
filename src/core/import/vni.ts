// VNI (the VNI-Windows font encoding): Vietnamese written as a base letter followed by a mark letter
// from Latin-1, e.g. "Vieät" = "Việt". Decodes VNI bytes, and VNI words that were read as Latin-1.

/** Mark letters: each stands for the combining marks it adds to the vowel before it. */
const MARKS: Record<string, string> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323'
}

/** Letters that stand alone for a Vietnamese letter. */
const SINGLES: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ'
}

const MAP = new Map<string, string>()
for (const [k, v] of Object.entries(MARKS)) {
  MAP.set(k, v)
  MAP.set(k.toUpperCase(), v)
}
for (const [k, v] of Object.entries(SINGLES)) {
  MAP.set(k, v)
  MAP.set(k.toUpperCase(), v.toUpperCase())
}

/** Every Latin-1 letter VNI gives a meaning to: a quick test for "could this be VNI at all". */
export const VNI_LETTERS = new RegExp(`[${[...MAP.keys()].join('')}]`)
const VNI_LETTER_G = new RegExp(VNI_LETTERS.source, 'g')

/** Turns VNI text read as Latin-1 into Unicode (NFC). */
export function vniToUnicode(latin1Text: string): string {
  return latin1Text.replace(VNI_LETTER_G, (c) => MAP.get(c) ?? c).normalize('NFC')
}

/** VNI bytes → Unicode. VNI's letters all sit in Latin-1, so Latin-1 is the first step. */
export function decodeVni(bytes: Uint8Array): string {
  return vniToUnicode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
}
