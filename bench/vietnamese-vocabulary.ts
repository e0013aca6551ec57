// A Vietnamese-like vocabulary with Zipf word frequencies: common function words first, then
// syllables composed from onsets, vowels, tones and codas (NFC), and two-syllable compounds.
import { mulberry32, pick, type Rng } from './prng'

/** Frequent words, most frequent first (composed for this benchmark). */
const COMMON = [
  'của',
  'và',
  'các',
  'là',
  'có',
  'trong',
  'được',
  'cho',
  'với',
  'những',
  'một',
  'người',
  'này',
  'đã',
  'không',
  'năm',
  'đến',
  'theo',
  'về',
  'từ',
  'khi',
  'tại',
  'để',
  'cũng',
  'nhiều',
  'đó',
  'ra',
  'như',
  'sẽ',
  'đang',
  'phải',
  'thành phố',
  'phát triển',
  'kinh tế',
  'hợp tác',
  'tỉnh',
  'vùng',
  'đồng bằng',
  'chính quyền',
  'doanh nghiệp',
  'dự án',
  'xã hội',
  'nông nghiệp',
  'đầu tư',
  'Cần Thơ',
  'liên kết',
  'đối ngoại',
  'thị trường',
  'quốc tế',
  'nhân dân'
]

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x'
]
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'uô', 'ươ', 'iê']
/** Falling diphthongs: tone on the first vowel, no final consonant. */
const OPEN = ['ai', 'ao', 'âu', 'ôi', 'ơi', 'ưa', 'ia', 'ay', 'ây', 'ui', 'oi']
const CODAS = ['', '', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']
/** No mark, grave, acute, hook above, tilde, dot below (combining; NFC composes them). */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']

function syllable(rng: Rng): string {
  const tone = pick(rng, TONES)
  if (rng() < 0.3) {
    const open = pick(rng, OPEN)
    return (pick(rng, ONSETS) + open[0] + tone + open.slice(1)).normalize('NFC')
  }
  // rising diphthongs (oa, uô, ươ, iê) and single vowels carry the tone on their last vowel
  return (pick(rng, ONSETS) + pick(rng, NUCLEI) + tone + pick(rng, CODAS)).normalize('NFC')
}

export interface Vocabulary {
  words: string[]
  /** Cumulative Zipf weights, same order as words. */
  cumulative: Float64Array
  /** For each of BUCKETS slices of [0,1): the first rank whose cumulative weight reaches it. */
  buckets: Uint32Array
}

const BUCKETS = 1 << 16

export function buildVocabulary(size = 30000, seed = 1): Vocabulary {
  const rng = mulberry32(seed)
  const seen = new Set<string>(COMMON)
  const words = [...COMMON]
  while (words.length < size) {
    const w = rng() < 0.55 ? syllable(rng) : `${syllable(rng)} ${syllable(rng)}`
    if (seen.has(w)) continue
    seen.add(w)
    words.push(w)
  }
  const cumulative = new Float64Array(words.length)
  let sum = 0
  for (let r = 0; r < words.length; r++) {
    sum += 1 / Math.pow(r + 1.5, 1.05)
    cumulative[r] = sum
  }
  for (let r = 0; r < words.length; r++) cumulative[r] /= sum
  const buckets = new Uint32Array(BUCKETS + 1)
  let r = 0
  for (let b = 0; b <= BUCKETS; b++) {
    while (r < words.length - 1 && cumulative[r] < b / BUCKETS) r++
    buckets[b] = r
  }
  return { words, cumulative, buckets }
}

/** Index of a word drawn with Zipf frequency. */
export function drawRank(vocab: Vocabulary, rng: Rng): number {
  const x = rng()
  const b = Math.floor(x * BUCKETS)
  let lo = vocab.buckets[b]
  let hi = vocab.buckets[b + 1]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (vocab.cumulative[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
