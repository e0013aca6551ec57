// Opaque page cursors: the next offset plus a fingerprint of the search, so a cursor from one
// search is refused by another instead of silently paging through the wrong results.
import { FolioError } from '../errors'
import type { SearchFilters, SearchSort } from './search-types'

/**
 * A search's identity: FNV-1a over its JSON, in two lanes of 32 bits, in base 36. It only tells one
 * search's cursor from another's (no secret rests on it): node:crypto's sha1 took ~25 µs a page.
 */
export function searchFingerprint(
  query: string,
  exact: boolean,
  filters: SearchFilters | undefined,
  sort: SearchSort = 'relevance'
): string {
  const text = JSON.stringify([query.normalize('NFC').trim(), exact, filters ?? {}, sort])
  let a = 0x811c9dc5 // FNV offset basis
  let b = 0x050c5d1f // a second lane, started elsewhere
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) // FNV prime
    b = Math.imul(b ^ (c >>> 8) ^ (c << 3), 0x01000193)
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0')
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url')
}

/** The offset a cursor points at (0 for no cursor). */
export function decodeCursor(cursor: string | null | undefined, fingerprint: string): number {
  if (cursor == null || cursor === '') return 0
  let parsed: { o?: unknown; f?: unknown } | null
  try {
    parsed = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as {
      o?: unknown
      f?: unknown
    } | null
  } catch {
    parsed = null
  }
  const o = parsed?.o
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > 1e9) {
    throw new FolioError('invalid-input', 'The page cursor is damaged; start again from the first page.')
  }
  if (parsed?.f !== fingerprint) {
    throw new FolioError(
      'invalid-input',
      'The page cursor belongs to a different search; start again from the first page.'
    )
  }
  return o
}
