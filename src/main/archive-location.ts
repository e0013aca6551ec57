// Which archive the desktop app opens: FOLIO_ARCHIVE, else the one last opened with File → Open
// archive…, else archive.sqlite in the per-user data folder. Switching archives swaps it in place.
import { join } from 'node:path'
import type { Archive } from '../core/archive'

export const LAST_ARCHIVE_FILE = 'last-archive.json'

export function defaultArchiveIn(userData: string): string {
  return join(userData, 'archive.sqlite')
}

export function chooseArchivePath(
  userData: string,
  env: Record<string, string | undefined>,
  lastOpened: string | null
): string {
  return env.FOLIO_ARCHIVE || lastOpened || defaultArchiveIn(userData)
}

export function parseLastArchive(text: string | null): string | null {
  if (!text) return null
  try {
    const path = (JSON.parse(text) as { path?: unknown }).path
    return typeof path === 'string' && path ? path : null
  } catch {
    return null
  }
}

/** Holds the open archive; switchTo opens the new one first, so a refused file leaves the old in use. */
export function createArchiveHolder(open: (path: string) => Archive, initial: Archive) {
  let current = initial
  return {
    current: (): Archive => current,
    switchTo(path: string): Archive {
      const next = open(path)
      const previous = current
      current = next
      previous.close()
      return next
    },
    close(): void {
      current.close()
    }
  }
}
