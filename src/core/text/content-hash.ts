// Duplicate detection: a hash of what the reader sees, blind to NFC/NFD, line endings and spacing.
import { createHash } from 'node:crypto'

// Every run of white space becomes one space. Matching only runs that are not a lone space gives the
// same text as /\s+/ with far fewer replacements (single spaces stay as they are). Each alternative
// starts with one definite character (a space, or white space other than a space), which V8 scans for
// much faster than for a run of two or more \s.
const SPACE_RUNS = /[^\S ]\s*| \s+/g

export function contentHash(title: string, body: string): string {
  const canon = (s: string): string => s.normalize('NFC').replace(SPACE_RUNS, ' ').trim().toLowerCase()
  return createHash('sha256').update(canon(title)).update('\u0000').update(canon(body)).digest('hex')
}

export function bytesHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
