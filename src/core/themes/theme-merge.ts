// Merging one theme into another: its passages, sub-themes, memos, keywords and rejected suggestions
// all move to the theme that stays; nothing is lost and no passage gets the same theme twice.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { cleanKeywords } from './theme-edit'
import { descendantIds, getTheme, themeLabel, type Theme } from './theme-store'

export interface MergeResult {
  /** The theme that remains, updated. */
  theme: Theme
  /** Passages that were tagged with the merged theme. */
  passages: number
  /** Of those, passages that already had the remaining theme too. */
  alreadyTagged: number
  subThemes: number
  memos: number
}

export function mergeThemes(archive: Archive, fromId: number, intoId: number): MergeResult {
  return inTransaction(archive.db, () => {
    const from = getTheme(archive, fromId)
    const into = getTheme(archive, intoId)
    if (fromId === intoId)
      throw new FolioError('invalid-input', `A theme cannot be merged into itself ("${themeLabel(from)}").`)
    if (descendantIds(archive, fromId).includes(intoId)) {
      throw new FolioError(
        'invalid-input',
        `"${themeLabel(into)}" is a sub-theme of "${themeLabel(from)}"; merge the sub-theme into its parent instead.`
      )
    }
    const db = archive.db
    const passages = (
      db.prepare('SELECT count(*) AS n FROM passage_themes WHERE theme_id = ?').get(fromId) as { n: number }
    ).n
    const alreadyTagged = (
      db
        .prepare(
          `SELECT count(*) AS n FROM passage_themes a JOIN passage_themes b ON a.passage_id = b.passage_id
           WHERE a.theme_id = ? AND b.theme_id = ?`
        )
        .get(fromId, intoId) as { n: number }
    ).n
    db.prepare(
      'INSERT OR IGNORE INTO passage_themes (passage_id, theme_id) SELECT passage_id, ? FROM passage_themes WHERE theme_id = ?'
    ).run(intoId, fromId)
    db.prepare('DELETE FROM passage_themes WHERE theme_id = ?').run(fromId)
    db.prepare(
      `INSERT OR IGNORE INTO suggestion_rejections (article_id, theme_id, start, end, exact)
       SELECT article_id, ?, start, end, exact FROM suggestion_rejections WHERE theme_id = ?`
    ).run(intoId, fromId)
    const subThemes = db
      .prepare('UPDATE themes SET parent_id = ? WHERE parent_id = ?')
      .run(intoId, fromId).changes
    const memos = db
      .prepare("UPDATE memos SET target_id = ? WHERE target_kind = 'theme' AND target_id = ?")
      .run(intoId, fromId).changes
    const keywords = cleanKeywords([...into.keywords, ...from.keywords])
    const description =
      from.description && !into.description.includes(from.description)
        ? [into.description, from.description].filter(Boolean).join('\n\n')
        : into.description
    db.prepare('UPDATE themes SET keywords = ?, description = ? WHERE id = ?').run(
      JSON.stringify(keywords),
      description,
      intoId
    )
    db.prepare('DELETE FROM themes WHERE id = ?').run(fromId)
    return { theme: getTheme(archive, intoId), passages, alreadyTagged, subThemes, memos }
  })
}
