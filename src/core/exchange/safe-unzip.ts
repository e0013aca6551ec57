// Reading a .qdpx zip in memory only, after checking every entry's name and declared size: nothing is
// ever written to disk, no path can escape anywhere, and a zip bomb is refused before it is inflated.
import { unzipSync } from 'fflate'
import { ImportRefusal } from '../import/import-types'

export interface UnzipLimits {
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number
  /** Most bytes all inflated entries together may take. */
  maxTotalBytes: number
  maxEntries: number
  /** Highest inflated/compressed ratio for an entry above 1 MB (text compresses ~10:1; bombs 1000:1). */
  maxRatio: number
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 20000,
  maxRatio: 200
}

/** Why an entry name is unsafe, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\0')) return 'a name with a NUL character'
  const n = name.replace(/\\/g, '/')
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return `an absolute path (${name})`
  if (n.split('/').some((part) => part === '..')) return `a path that climbs out of the project (${name})`
  return null
}

/**
 * The entries `wanted(name)` selects, inflated in memory. Throws ImportRefusal for a file that is not a
 * zip, any unsafe entry name (checked on every entry, wanted or not) or sizes over the limits.
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS
): Map<string, Uint8Array> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ImportRefusal('This is not a REFI-QDA project: the file is not a zip archive.')
  }
  let entries = 0
  let total = 0
  let refusal: string | null = null
  const filter = (f: { name: string; size: number; originalSize: number }): boolean => {
    if (refusal) return false
    entries++
    const unsafe = unsafeEntryName(f.name)
    if (unsafe) refusal = `The project file holds ${unsafe}; nothing was imported.`
    else if (entries > limits.maxEntries)
      refusal = `The project file holds more than ${limits.maxEntries} entries.`
    if (refusal || !wanted(f.name)) return false
    total += f.originalSize
    const mb = (n: number): string => `${(n / 1048576).toFixed(0)} MB`
    if (f.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      refusal = `The project file unpacks to more than ${mb(Math.min(limits.maxEntryBytes, limits.maxTotalBytes))} (${f.name}): refused as a possible zip bomb.`
    } else if (f.originalSize > 1048576 && f.originalSize > f.size * limits.maxRatio) {
      refusal = `The project file is compressed ${Math.round(f.originalSize / Math.max(1, f.size))}:1 (${f.name}): refused as a possible zip bomb.`
    }
    return !refusal
  }
  let files: Record<string, Uint8Array>
  try {
    // fflate inflates each entry into a buffer of its declared size, so a size that lies cannot grow memory.
    files = unzipSync(bytes, { filter })
  } catch {
    throw new ImportRefusal(refusal ?? 'This is not a REFI-QDA project: the zip archive is damaged.')
  }
  if (refusal) throw new ImportRefusal(refusal)
  return new Map(Object.entries(files))
}
