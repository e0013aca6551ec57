// The codebook: every edit the core offers, answered with themes carrying their passage counts.
import type { Archive } from '../../../core/archive'
import { inTransaction } from '../../../core/db/connection'
import {
  createTheme,
  deleteTheme,
  describeTheme,
  listThemes,
  mergeThemes,
  moveTheme,
  recolorTheme,
  renameTheme,
  setThemeKeywords,
  themePassageCount,
  type Theme as CoreTheme
} from '../../../core/themes'
import type { Theme } from '../../../shared/api-types'
import type { PartialHandlers } from '../handler-types'

function counted(archive: Archive, t: CoreTheme): Theme {
  return { ...t, passageCount: themePassageCount(archive, t.id) }
}

function allThemes(archive: Archive): Theme[] {
  return listThemes(archive).map((t) => counted(archive, t))
}

export const themeHandlers: PartialHandlers = {
  listThemes: (_input, { archive }) => allThemes(archive),
  createTheme: (input, { archive }) => counted(archive, createTheme(archive, input)),
  renameTheme: ({ id, ...names }, { archive }) => counted(archive, renameTheme(archive, id, names)),
  recolorTheme: ({ id, color }, { archive }) => counted(archive, recolorTheme(archive, id, color)),
  describeTheme: ({ id, description }, { archive }) =>
    counted(archive, describeTheme(archive, id, description)),
  setThemeKeywords: ({ id, keywords }, { archive }) =>
    counted(archive, setThemeKeywords(archive, id, keywords)),
  nestTheme: ({ id, parentId }, { archive }) => counted(archive, moveTheme(archive, id, { parentId })),
  // One transaction: a refused move (a cycle, an unknown id) leaves the order as it was.
  reorderThemes: ({ parentId, orderedIds }, { archive }) =>
    inTransaction(archive.db, () => {
      orderedIds.forEach((id, position) => moveTheme(archive, id, { parentId, position }))
      return allThemes(archive)
    }),
  mergeThemes: ({ sourceId, targetId }, { archive }) =>
    counted(archive, mergeThemes(archive, sourceId, targetId).theme),
  deleteTheme: ({ id, mode, moveToId }, { archive }) => {
    const r = deleteTheme(
      archive,
      id,
      mode === 'move-to' ? { moveTo: moveToId } : mode === 'remove-tags' ? { removeTagOnly: true } : {}
    )
    return { deleted: r.deletedId }
  }
}
