// Memos on a theme, an article or the archive. The UI edits one memo per target: the first one.
import { createMemo, deleteMemo, listMemos, updateMemo } from '../../../core/memos'
import type { PartialHandlers } from '../handler-types'

export const memoHandlers: PartialHandlers = {
  getMemo: ({ target }, { archive }) => listMemos(archive, target)[0] ?? null,
  // An emptied memo is deleted (the core refuses empty memos): the answer is then null.
  setMemo: ({ target, body }, { archive }) => {
    const existing = listMemos(archive, target)[0]
    if (!body.trim()) {
      if (existing) deleteMemo(archive, existing.id)
      return null
    }
    return existing ? updateMemo(archive, existing.id, body) : createMemo(archive, { target, body })
  },
  listMemos: (input, { archive }) => {
    const all = listMemos(archive)
    return input?.kind ? all.filter((m) => m.target.kind === input.kind) : all
  },
  deleteMemo: ({ id }, { archive }) => {
    deleteMemo(archive, id)
    return { deleted: true }
  }
}
