// A file dropped on the window (outside the page's drop zones) makes Chromium navigate to it; we stop
// that navigation and import the file instead.
import { fileURLToPath } from 'node:url'

export function droppedFilePath(url: string): string | null {
  if (!url.startsWith('file:')) return null
  try {
    return fileURLToPath(url)
  } catch {
    return null
  }
}
