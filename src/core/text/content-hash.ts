// Duplicate detection: a hash of what the reader sees, blind to NFC/NFD, line endings and spacing.
import { createHash } from 'node:crypto'

export function contentHash(title: string, body: string): string {
  const canon = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
  return createHash('sha256').update(canon(title)).update('\u0000').update(canon(body)).digest('hex')
}

export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
