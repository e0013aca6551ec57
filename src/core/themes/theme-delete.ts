// Deleting a theme. Refused while passages carry it, unless they are moved to another theme or the
// user confirms removing the tag only. A passage left with no theme at all is kept, untagged: its text
// and note are the researcher's work, so it stays listed (`folio passages --untagged`) to be re-tagged.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { mergeThemes } from './theme-merge'
import { getTheme, themeLabel, themePassageCount } from './theme-store'

export interface DeleteThemeOptions {
  /** Move the theme's passages (and memos, sub-themes) to this theme, then delete it. */
  moveTo?: number
  /** Confirmed: remove this tag from its passages; passages keep their other themes (or stay untagged). */
  removeTagOnly?: boolean
}

export interface DeleteThemeResult {
  deletedId: number
  /** Passages that lost this tag (or moved to `moveTo`). */
  passages: number
  /** Passages that now have no theme (only with removeTagOnly). */
  untagged: number
  /** Memos kept as archive memos because their theme is gone. */
  memosKept: number
}

export function deleteTheme(
  archive: Archive,
  id: number,
  options: DeleteThemeOptions = {}
): DeleteThemeResult {
  return inTransaction(archive.db, () => {
    const theme = getTheme(archive, id)
    const count = themePassageCount(archive, id)
    if (options.moveTo !== undefined) {
      if (options.moveTo === id)
        throw new FolioError('invalid-input', 'Move the passages to a different theme.')
      const merged = mergeThemes(archive, id, options.moveTo)
      return { deletedId: id, passages: merged.passages, untagged: 0, memosKept: 0 }
    }
    if (count > 0 && !options.removeTagOnly) {
      throw new FolioError(
        'refused',
        `"${themeLabel(theme)}" is used by ${count} passage${count === 1 ? '' : 's'}: move them to another theme, or confirm removing the tag only.`
      )
    }
    const db = archive.db
    const untagged = (
      db
        .prepare(
          `SELECT count(*) AS n FROM passage_themes pt WHERE pt.theme_id = ?
           AND NOT EXISTS (SELECT 1 FROM passage_themes o WHERE o.passage_id = pt.passage_id AND o.theme_id != ?)`
        )
        .get(id, id) as { n: number }
    ).n
    db.prepare('DELETE FROM passage_themes WHERE theme_id = ?').run(id)
    // Sub-themes move up a level rather than vanish with their parent.
    db.prepare('UPDATE themes SET parent_id = ? WHERE parent_id = ?').run(theme.parentId, id)
    // A memo is writing: it stays, as an archive memo that says where it came from.
    const memosKept = db
      .prepare(
        `UPDATE memos SET target_kind = 'archive', target_id = NULL, body = ? || body
         WHERE target_kind = 'theme' AND target_id = ?`
      )
      .run(`[From the deleted theme "${themeLabel(theme)}"]\n`, id).changes
    db.prepare('DELETE FROM themes WHERE id = ?').run(id)
    return { deletedId: id, passages: count, untagged, memosKept }
  })
}
