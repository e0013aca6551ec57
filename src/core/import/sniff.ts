// Cheap checks on raw bytes before any parsing: binary content, known binary signatures.

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]]
]

export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name
  }
  return null
}

/** True when the bytes look like binary data rather than text in any encoding we read. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  if (n === 0) return false
  // UTF-16 text has many NULs; judge it by its BOM or by alternating NULs.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false
  let nul = 0
  let oddNul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) {
      nul++
      if (i % 2 === 1) oddNul++
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++
  }
  if (nul > 0 && oddNul / nul > 0.95 && nul > n / 4) return false // UTF-16LE without BOM
  return nul > 0 || control / n > 0.1
}
