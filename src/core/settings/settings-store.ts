// The user's preferences (UI language, author name for PDF annotations, paper size), kept in the
// archive's meta table so the desktop app, the web host and the CLI all see the same values.
import type { DB } from '../db/connection'
import { FolioError } from '../errors'

export type UiLanguage = 'vi' | 'en'
export type PaperSize = 'A4' | 'Letter'

export interface Preferences {
  language: UiLanguage
  authorName: string
  paperSize: PaperSize
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'vi', authorName: '', paperSize: 'A4' }

const KEYS: Record<keyof Preferences, string> = {
  language: 'settings.language',
  authorName: 'settings.author_name',
  paperSize: 'settings.paper_size'
}

const LANGUAGES: readonly string[] = ['vi', 'en']
const PAPERS: readonly string[] = ['A4', 'Letter']

function read(db: DB, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value ?? null
}

/** Stored preferences; a value that is missing or no longer valid falls back to its default. */
export function readPreferences(db: DB): Preferences {
  const language = read(db, KEYS.language)
  const paperSize = read(db, KEYS.paperSize)
  return {
    language:
      language && LANGUAGES.includes(language) ? (language as UiLanguage) : DEFAULT_PREFERENCES.language,
    authorName: read(db, KEYS.authorName) ?? DEFAULT_PREFERENCES.authorName,
    paperSize:
      paperSize && PAPERS.includes(paperSize) ? (paperSize as PaperSize) : DEFAULT_PREFERENCES.paperSize
  }
}

/** Saves the given fields (others untouched) in one transaction and returns the result. */
export function savePreferences(db: DB, patch: Partial<Preferences>): Preferences {
  if (patch.language !== undefined && !LANGUAGES.includes(patch.language))
    throw new FolioError('invalid-input', `Unknown interface language "${patch.language}" (vi or en).`)
  if (patch.paperSize !== undefined && !PAPERS.includes(patch.paperSize))
    throw new FolioError('invalid-input', `Unknown paper size "${patch.paperSize}" (A4 or Letter).`)
  if (patch.authorName !== undefined && patch.authorName.length > 200)
    throw new FolioError('invalid-input', 'The author name is longer than 200 characters.')
  const set = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'
  )
  db.transaction(() => {
    for (const field of Object.keys(KEYS) as (keyof Preferences)[]) {
      const value = patch[field]
      if (value !== undefined) set.run(KEYS[field], field === 'authorName' ? value.trim() : value)
    }
  })()
  return readPreferences(db)
}
