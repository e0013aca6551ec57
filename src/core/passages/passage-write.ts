// Creating and editing passages: range checked and trimmed to the words, selectors recomputed,
// themes checked, all in one transaction so bad input changes nothing.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { getTheme } from '../themes/theme-store'
import { getPassage } from './passage-store'
import type { NewPassage, Passage, PassagePatch } from './passage-types'
import { selectorFor } from './quote-selector'
import { checkRange } from './trim-range'

const MAX_NOTE = 20000

export function articleBody(archive: Archive, articleId: number): string {
  const row = archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as
    { body: string } | undefined
  if (!row) throw new FolioError('not-found', `There is no article ${articleId}.`)
  return row.body
}

function checkThemes(archive: Archive, themeIds: readonly number[]): number[] {
  if (!Array.isArray(themeIds) || themeIds.length === 0) {
    throw new FolioError('invalid-input', 'A passage needs at least one theme.')
  }
  const ids = [...new Set(themeIds)]
  for (const id of ids) getTheme(archive, id)
  return ids
}

function checkNote(note: string | undefined): string {
  const v = (note ?? '').normalize('NFC').trim()
  if (v.length > MAX_NOTE)
    throw new FolioError('invalid-input', `A note is limited to ${MAX_NOTE} characters.`)
  return v
}

function setThemes(archive: Archive, passageId: number, themeIds: readonly number[]): void {
  archive.db.prepare('DELETE FROM passage_themes WHERE passage_id = ?').run(passageId)
  const insert = archive.db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)')
  for (const id of themeIds) insert.run(passageId, id)
}

/** Marks a passage of an article with one or more themes and an optional note. */
export function createPassage(archive: Archive, input: NewPassage): Passage {
  return inTransaction(archive.db, () => {
    const body = articleBody(archive, input.articleId)
    const range = checkRange(body, input.start, input.end, input.articleId)
    const themeIds = checkThemes(archive, input.themeIds)
    const note = checkNote(input.note)
    const s = selectorFor(body, range.start, range.end)
    const info = archive.db
      .prepare(
        `INSERT INTO passages (article_id, start, end, exact, prefix, suffix, note, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'anchored')`
      )
      .run(input.articleId, s.start, s.end, s.exact, s.prefix, s.suffix, note)
    const id = Number(info.lastInsertRowid)
    setThemes(archive, id, themeIds)
    return getPassage(archive, id)
  })
}

/** Changes a passage's range, themes and/or note. A new range re-attaches an orphan. */
export function updatePassage(archive: Archive, id: number, patch: PassagePatch): Passage {
  return inTransaction(archive.db, () => {
    const passage = getPassage(archive, id)
    if ((patch.start === undefined) !== (patch.end === undefined)) {
      throw new FolioError('invalid-input', 'A new range needs both a start and an end.')
    }
    const themeIds = patch.themeIds !== undefined ? checkThemes(archive, patch.themeIds) : null
    const note = patch.note !== undefined ? checkNote(patch.note) : passage.note
    const db = archive.db
    if (patch.start !== undefined && patch.end !== undefined) {
      const body = articleBody(archive, passage.articleId)
      const range = checkRange(body, patch.start, patch.end, passage.articleId)
      const s = selectorFor(body, range.start, range.end)
      db.prepare(
        `UPDATE passages SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored' WHERE id = ?`
      ).run(s.start, s.end, s.exact, s.prefix, s.suffix, id)
    }
    if (themeIds) setThemes(archive, id, themeIds)
    db.prepare(
      `UPDATE passages SET note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`
    ).run(note, id)
    return getPassage(archive, id)
  })
}

/** Gives an orphan (or any passage) a new place in its article's current text. */
export function reattachPassage(archive: Archive, id: number, start: number, end: number): Passage {
  return updatePassage(archive, id, { start, end })
}

/** Adds themes to a passage, keeping the ones it has. */
export function addPassageThemes(archive: Archive, id: number, themeIds: number[]): Passage {
  return inTransaction(archive.db, () => {
    const passage = getPassage(archive, id)
    return updatePassage(archive, id, { themeIds: [...passage.themeIds, ...themeIds] })
  })
}
