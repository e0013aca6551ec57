// Bytes → text: a forced encoding, else the BOM, else UTF-16 by its NUL pattern, else UTF-8 when the
// bytes are valid UTF-8, else a declared charset (HTML), else detection among legacy encodings.
// VNI words shown as Latin-1 inside Unicode text are repaired on the way out.
import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import { FolioError } from '../errors'
import { decodeLegacy, detectLegacyEncoding } from './detect-encoding'
import { ImportRefusal } from './import-types'
import { repairVniLatin1 } from './repair-vni-latin1'
import { bomOf, sniffUtf16, utf8Stats } from './utf-bytes'

export interface Decoded {
  text: string
  /** What was used: 'utf-8', 'utf-16le', 'windows-1258', 'tcvn3', 'vni', … ('+vni' when VNI words were repaired). */
  encoding: string
}

export interface DecodeOptions {
  /** A charset the file declares for itself (HTML meta, HTTP header). */
  declared?: string | null
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  tcvn: 'tcvn3',
  tcvn3: 'tcvn3',
  'tcvn-3': 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
  'vni-windows': 'vni',
  cp1258: 'windows-1258',
  windows1258: 'windows-1258',
  'windows-1258': 'windows-1258'
}

/** Canonical name of an encoding label, or null when Folio cannot read it. */
export function encodingName(label: string): string | null {
  const l = label.trim().toLowerCase()
  if (ALIASES[l]) return ALIASES[l]
  return iconv.encodingExists(l) ? l : null
}

export function decodeText(bytes: Uint8Array, forced?: string, options: DecodeOptions = {}): Decoded {
  if (forced) return decodeForced(bytes, forced)
  const bom = bomOf(bytes)
  if (bom) {
    const rest = bytes.subarray(bom.length)
    if (bom.encoding === 'utf-8')
      return withRepair(strictUtf8(rest, 'it starts with a UTF-8 byte-order mark', 3), 'utf-8')
    return withRepair(new TextDecoder(bom.encoding).decode(rest), bom.encoding)
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return withRepair(new TextDecoder(utf16).decode(bytes), utf16)
  if (isUtf8(bytes)) {
    // Valid UTF-8 wins over a declared legacy charset: legacy text is almost never valid UTF-8 by chance
    // (the page that says gb2312 but is stored as UTF-8).
    return withRepair(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'utf-8')
  }
  const declared = options.declared ? encodingName(options.declared) : null
  if (declared === 'utf-8') return mostlyUtf8OrDetect(bytes, 'it declares UTF-8')
  if (declared && !declared.startsWith('utf-16'))
    return { text: decodeLegacy(bytes, declared), encoding: declared }
  return mostlyUtf8OrDetect(bytes, null)
}

function decodeForced(bytes: Uint8Array, label: string): Decoded {
  const name = encodingName(label)
  if (!name) {
    throw new FolioError(
      'invalid-input',
      `Unknown encoding "${label}" (try utf-8, utf-16le, utf-16be, windows-1258, tcvn3 or vni).`
    )
  }
  const bom = bomOf(bytes)
  const body = bom && bom.encoding === name ? bytes.subarray(bom.length) : bytes
  if (name === 'utf-8') return { text: strictUtf8(body, `--encoding ${label} was given`), encoding: name }
  if (name.startsWith('utf-16')) return { text: new TextDecoder(name).decode(body), encoding: name }
  return { text: decodeLegacy(body, name), encoding: name }
}

/** Damaged UTF-8 (most high bytes form UTF-8 sequences) is refused; anything else is detected. */
function mostlyUtf8OrDetect(bytes: Uint8Array, claim: string | null): Decoded {
  const stats = utf8Stats(bytes)
  if (stats.sequences > 0 && stats.sequences >= stats.invalid * 4) {
    throw new ImportRefusal(
      `The file is UTF-8 with invalid bytes (first at byte ${stats.firstInvalid}${claim ? `; ${claim}` : ''}); repair it or give its encoding with --encoding.`
    )
  }
  const d = detectLegacyEncoding(bytes)
  return withRepair(d.text, d.encoding)
}

function strictUtf8(bytes: Uint8Array, claim: string, offset = 0): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  const { firstInvalid } = utf8Stats(bytes)
  throw new ImportRefusal(
    `The file is not valid UTF-8 (${claim}, but byte ${firstInvalid + offset} is invalid); give its real encoding with --encoding.`
  )
}

function withRepair(text: string, encoding: string): Decoded {
  const r = repairVniLatin1(text)
  return r.repaired ? { text: r.text, encoding: `${encoding}+vni` } : { text, encoding }
}
