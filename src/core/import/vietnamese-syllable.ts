// How Vietnamese a decoded text looks: each word with non-ASCII letters is checked against the
// shape of a Vietnamese syllable. Used to choose between legacy encodings that all "decode" cleanly.

// Vowel nuclei of Vietnamese (longest first so the alternation prefers them).
const NUCLEI = [
  'iêu',
  'oai',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyê',
  'uyu',
  'yêu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iê',
  'iu',
  'oa',
  'oă',
  'oe',
  'oi',
  'ôi',
  'ơi',
  'oo',
  'ua',
  'uâ',
  'uê',
  'ui',
  'uô',
  'uy',
  'ưa',
  'ưi',
  'ươ',
  'ưu',
  'yê',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y'
]
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?(?:${NUCLEI.join('|')})(?:ch|ng|nh|c|m|n|p|t)?$`
)
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const WORD = /\p{L}[\p{L}\p{M}]*/gu
const LATIN = /^[\p{Script=Latin}\p{M}]+$/u

/** True when a word is shaped like one Vietnamese syllable (at most one tone mark). */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD')
  const tones = nfd.match(TONES)
  if (tones && tones.length > 1) return false
  return SYLLABLE.test(nfd.replace(TONES, '').normalize('NFC'))
}

export interface VietnameseScore {
  /** Words with non-ASCII Latin letters that are Vietnamese syllables. */
  good: number
  /** Words with non-ASCII Latin letters that are not. */
  bad: number
  /** Characters no real text contains: U+FFFD, control characters, stray combining marks. */
  garbage: number
}

/** Scores the first `limit` characters; call on NFC text. */
export function scoreVietnamese(text: string, limit = 32768): VietnameseScore {
  const sample = text.length > limit ? text.slice(0, limit) : text
  const score: VietnameseScore = { good: 0, bad: 0, garbage: 0 }
  for (const m of sample.matchAll(WORD)) {
    const w = m[0]
    if (/^[A-Za-z]+$/.test(w)) continue
    if (/^\p{M}/u.test(w) || !LATIN.test(w)) continue // other scripts are neither good nor bad here
    if (isVietnameseSyllable(w)) score.good++
    else score.bad++
  }
  const junk = sample.match(/[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F]|(?:^|[^\p{L}])\p{M}/gu)
  score.garbage = junk ? junk.length : 0
  return score
}

/** One number: higher is more Vietnamese and cleaner. */
export function vietnameseValue(s: VietnameseScore): number {
  return s.good - 2 * s.bad - 3 * s.garbage
}
