// Opaque page cursors: the next offset plus a fingerprint of the search, so a cursor from one
// search is refused by another instead of silently paging through the wrong results.
import { createHash } from 'node:crypto'
import { FolioError } from '../errors'
import type { SearchFilters } from './search-types'

export function searchFingerprint(query: string, exact: boolean, filters: SearchFilters | undefined): string {
  return createHash('sha1')
    .update(JSON.stringify([query.normalize('NFC').trim(), exact, filters ?? {}]))
    .digest('base64url')
    .slice(0, 12)
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
