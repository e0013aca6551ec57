// Bytes → string for text formats: BOM first, then strict UTF-8; anything else is refused with a reason.
// (Legacy Vietnamese encodings plug in here: see detect-encoding.)
import { ImportRefusal } from './import-types'

export interface Decoded {
  text: string
  encoding: string
}

export function decodeText(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) return decodeWith(bytes, forced)
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  return { text: strictUtf8(bytes), encoding: 'utf-8' }
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  const label = encoding.toLowerCase()
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label }
  } catch {
    throw new ImportRefusal(`Cannot decode the file as ${encoding}.`)
  }
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportRefusal('The file is not valid UTF-8 text (give its encoding with --encoding).')
  }
}
