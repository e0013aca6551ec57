// Byte-level facts about Unicode encodings: BOMs, UTF-16 without a BOM, how much of a file is UTF-8.

export type UnicodeBom = 'utf-8' | 'utf-16le' | 'utf-16be'

export function bomOf(bytes: Uint8Array): { encoding: UnicodeBom; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * UTF-16 without a BOM: text in Latin scripts (Vietnamese included) has a NUL in every other byte.
 * Returns the byte order when the first 4 KB clearly show that pattern.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le'
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be'
  return null
}

export interface Utf8Stats {
  /** Multi-byte sequences that are well formed. */
  sequences: number
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number
  /** Offset of the first invalid byte, or -1. */
  firstInvalid: number
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes (overlongs and surrogates count as stray). */
export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  const s: Utf8Stats = { sequences: 0, invalid: 0, firstInvalid: -1 }
  const len = bytes.length
  let i = 0
  while (i < len) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    let ok = need > 0
    for (let k = 1; ok && k <= need; k++) ok = i + k < len && (bytes[i + k] & 0xc0) === 0x80
    if (ok && need === 2) {
      const b1 = bytes[i + 1]
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 >= 0xa0)
    }
    if (ok && need === 3) {
      const b1 = bytes[i + 1]
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 >= 0x90)
    }
    if (ok) {
      s.sequences++
      i += need + 1
    } else {
      if (s.firstInvalid < 0) s.firstInvalid = i
      s.invalid++
      i++
    }
  }
  return s
}
