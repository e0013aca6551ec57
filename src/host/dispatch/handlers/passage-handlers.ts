// Passages: create, edit, delete with undo, orphans and re-attachment.
import {
  createPassage,
  deletePassage,
  lastDeletedPassage,
  listPassages,
  reattachPassage,
  undoDeletePassage,
  updatePassage
} from '../../../core/passages'
import type { PartialHandlers } from '../handler-types'
import { withCitations } from '../citations'

export const passageHandlers: PartialHandlers = {
  listPassages: (input, { archive }) => withCitations(archive, listPassages(archive, input ?? {})),
  createPassage: (input, { archive }) => createPassage(archive, input),
  updatePassage: ({ id, ...patch }, { archive }) => updatePassage(archive, id, patch),
  deletePassage: ({ id }, { archive }) => ({ deleted: deletePassage(archive, id) }),
  // The contract answers null when there is nothing to undo; the core calls that an error.
  undoDeletePassage: (_input, { archive }) =>
    lastDeletedPassage(archive) ? undoDeletePassage(archive) : null,
  listOrphans: (input, { archive }) =>
    withCitations(archive, listPassages(archive, { articleId: input?.articleId, status: 'orphan' })),
  reattachPassage: ({ id, start, end }, { archive }) => reattachPassage(archive, id, start, end)
}
