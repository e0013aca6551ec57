// What a researcher does with a suggestion: accept it (it becomes a passage), reject it (never
// suggested again for that range and theme), or ignore it (nothing is stored; it comes back next time).
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { getPassage } from '../passages/passage-store'
import type { Passage } from '../passages/passage-types'
import { addPassageThemes, articleBody, createPassage } from '../passages/passage-write'
import { checkRange } from '../passages/trim-range'
import { getTheme } from '../themes/theme-store'
import type { SuggestionRef } from './suggestion-types'

/**
 * Makes the suggestion a passage. When a passage with exactly this range already exists (another
 * theme's suggestion for the same paragraph was accepted), the theme is added to it instead.
 */
export function acceptSuggestion(archive: Archive, s: SuggestionRef, note?: string): Passage {
  return inTransaction(archive.db, () => {
    const body = articleBody(archive, s.articleId)
    const r = checkRange(body, s.start, s.end, s.articleId)
    const same = archive.db
      .prepare('SELECT id FROM passages WHERE article_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1')
      .get(s.articleId, r.start, r.end) as { id: number } | undefined
    if (same) {
      addPassageThemes(archive, same.id, [s.themeId])
      return getPassage(archive, same.id)
    }
    return createPassage(archive, {
      articleId: s.articleId,
      start: r.start,
      end: r.end,
      themeIds: [s.themeId],
      note
    })
  })
}

/** Accepts several suggestions in one transaction; suggestions for the same range share one passage. */
export function acceptSuggestions(archive: Archive, suggestions: readonly SuggestionRef[]): Passage[] {
  return inTransaction(archive.db, () => {
    const ids = new Set<number>()
    for (const s of suggestions) ids.add(acceptSuggestion(archive, s).id)
    return [...ids].map((id) => getPassage(archive, id))
  })
}

export function rejectSuggestion(archive: Archive, s: SuggestionRef): void {
  inTransaction(archive.db, () => {
    getTheme(archive, s.themeId)
    const body = articleBody(archive, s.articleId)
    checkRange(body, s.start, s.end, s.articleId)
    archive.db
      .prepare(
        'INSERT OR IGNORE INTO suggestion_rejections (article_id, theme_id, start, end, exact) VALUES (?, ?, ?, ?, ?)'
      )
      .run(s.articleId, s.themeId, s.start, s.end, body.slice(s.start, s.end))
  })
}

/** Takes back a rejection, so the suggestion may be offered again. */
export function unrejectSuggestion(archive: Archive, s: SuggestionRef): void {
  archive.db
    .prepare(
      'DELETE FROM suggestion_rejections WHERE article_id = ? AND theme_id = ? AND start = ? AND end = ?'
    )
    .run(s.articleId, s.themeId, s.start, s.end)
}
