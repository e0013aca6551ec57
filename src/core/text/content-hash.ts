// Duplicate detection: a hash of what the reader sees, blind to NFC/NFD, line endings and spacing.
import { createHash } from 'node:crypto'

// Every run of white space becomes one space. Matching only runs of two or more and lone non-space
// characters gives the same text as /\s+/ with far fewer replacements (single spaces stay as they are).
const SPACE_RUNS = /\s{2,}|[^\S ]/g

export function contentHash(title: string, body: string): string {
  const canon = (s: string): string => s.normalize('NFC').replace(SPACE_RUNS, ' ').trim().toLowerCase()
  return createHash('sha256').update(canon(title)).update('\u0000').update(canon(body)).digest('hex')
}

export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
