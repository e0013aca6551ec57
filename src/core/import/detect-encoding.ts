// Choosing an encoding for bytes that are not UTF-8: the three legacy Vietnamese encodings are tried
// beside the statistical guess of chardet, and the decoding that reads most like real words wins.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { decodeVni } from './vni'
import { scoreVietnamese, vietnameseValue } from './vietnamese-syllable'

/** Decodes with one of iconv-lite's encodings or Folio's own 'tcvn3' / 'vni'; result is NFC. */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'vni') return decodeVni(bytes)
  const name = encoding === 'tcvn3' ? 'tcvn' : encoding
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name).normalize('NFC')
}

export interface Detected {
  text: string
  encoding: string
}

const VIETNAMESE_CANDIDATES = ['windows-1258', 'tcvn3', 'vni']

/** Picks the decoding that looks most like Vietnamese; falls back to chardet's guess for other languages. */
export function detectLegacyEncoding(bytes: Uint8Array): Detected {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes
  const guesses = (chardet.analyse(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength)) ?? [])
    .map((g) => g.name.toLowerCase())
    .filter((n) => !n.startsWith('utf') && iconv.encodingExists(n))
  let best: { encoding: string; value: number } | null = null
  for (const encoding of VIETNAMESE_CANDIDATES) {
    const value = vietnameseValue(scoreVietnamese(decodeLegacy(sample, encoding)))
    if (!best || value > best.value) best = { encoding, value }
  }
  const fallback = guesses[0] ?? 'windows-1252'
  if (best && best.value > 0) {
    // A Vietnamese decoding must also beat the statistical guess read the same way.
    const other = vietnameseValue(scoreVietnamese(decodeLegacy(sample, fallback)))
    if (best.value >= other) return { text: decodeLegacy(bytes, best.encoding), encoding: best.encoding }
  }
  return { text: decodeLegacy(bytes, fallback), encoding: fallback }
}
