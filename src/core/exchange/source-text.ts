// The plain text of a REFI-QDA source or note: inline PlainTextContent, or an internal:// file of the zip.
import { ImportRefusal } from '../import/import-types'

export type TextLookup = { text: string } | { skip: string }

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The zip entry an internal path names (`internal://x.txt` → `sources/x.txt`), or null if not internal. */
export function internalEntry(path: string): string | null {
  const m = /^internal:\/\/(.+)$/i.exec(path.trim())
  return m ? `sources/${m[1]}` : null
}

export function readSourceText(
  what: string,
  content: string | null,
  path: string | null,
  entries: Map<string, Uint8Array>
): TextLookup {
  if (path) {
    const entry = internalEntry(path)
    if (!entry) return { skip: `its text is kept outside the project file (${path})` }
    const bytes = entries.get(entry)
    if (!bytes)
      throw new ImportRefusal(
        `The project file is incomplete: ${what} names ${entry}, which it does not hold.`
      )
    try {
      return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') }
    } catch {
      throw new ImportRefusal(`The project file is damaged: ${entry} is not UTF-8 text.`)
    }
  }
  if (content !== null) return { text: content }
  return { skip: 'it has no plain text (only rich text, which Folio does not read)' }
}
