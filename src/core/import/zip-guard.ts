// Checks a zip (a .docx) before any library inflates it: it must be a zip, and its entries must really
// inflate to no more than the limit — a zip bomb that lies about its sizes is caught while inflating.
import { Inflate } from 'fflate'
import { ImportRefusal } from './import-types'

export const DEFAULT_MAX_UNZIPPED = 64 * 1024 * 1024

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8)
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000
}

/** Lists the central directory; throws ImportRefusal when the bytes are not a readable zip. */
export function listZip(bytes: Uint8Array, what: string): ZipEntry[] {
  const notZip = (): never => {
    throw new ImportRefusal(`This is not a ${what} (it is not a zip package).`)
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) notZip()
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) notZip()
  const count = u16(bytes, eocd + 10)
  let p = u32(bytes, eocd + 16)
  const entries: ZipEntry[] = []
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) notZip()
    const nameLen = u16(bytes, p + 28)
    const entry: ZipEntry = {
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      name: Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8'),
      localOffset: u32(bytes, p + 42)
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw new ImportRefusal(`The ${what} is too large to import (zip64 package).`)
    }
    entries.push(entry)
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32)
  }
  return entries
}

/** Refuses packages that unpack to more than `limit` bytes, by declared size and by real inflation. */
export function assertZipSize(bytes: Uint8Array, what: string, limit = DEFAULT_MAX_UNZIPPED): ZipEntry[] {
  const entries = listZip(bytes, what)
  const bomb = (): never => {
    throw new ImportRefusal(
      `The ${what} unpacks to more than ${Math.round(limit / 1048576)} MB (a zip bomb?); it was not opened.`
    )
  }
  if (entries.reduce((n, e) => n + e.size, 0) > limit) bomb()
  let total = 0
  for (const e of entries) {
    const o = e.localOffset
    if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) {
      throw new ImportRefusal(`This is not a ${what} (its zip structure is damaged).`)
    }
    const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28)
    const data = bytes.subarray(start, start + e.compressedSize)
    if (e.method === 0) {
      total += data.length
    } else if (e.method === 8) {
      let produced = 0
      const inflate = new Inflate((chunk) => {
        produced += chunk.length
        if (produced > e.size || total + produced > limit) bomb()
      })
      try {
        for (let i = 0; i < data.length; i += 65536)
          inflate.push(data.subarray(i, i + 65536), i + 65536 >= data.length)
      } catch (err) {
        if (err instanceof ImportRefusal) throw err
        throw new ImportRefusal(`This is not a ${what} (a part of it cannot be unpacked).`)
      }
      total += produced
    } else {
      throw new ImportRefusal(`The ${what} uses an unsupported zip compression (method ${e.method}).`)
    }
    if (total > limit) bomb()
  }
  return entries
}
