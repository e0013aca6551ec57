// Suggested passages for one or many articles; accept (becomes a passage) or reject (never again).
import { inTransaction } from '../../../core/db/connection'
import { acceptSuggestions, rejectSuggestion, suggestPassages } from '../../../core/suggest'
import type { Suggestion } from '../../../shared/api-types'
import type { PartialHandlers } from '../handler-types'

export const suggestionHandlers: PartialHandlers = {
  listSuggestions: ({ articleIds, unit, themeIds }, { archive }): Suggestion[] =>
    articleIds.flatMap((articleId) =>
      suggestPassages(archive, articleId, { unit, themeIds }).map((s) => ({
        id: s.id,
        articleId: s.articleId,
        themeId: s.themeId,
        start: s.start,
        end: s.end,
        exact: s.exact,
        unit: s.unit,
        score: s.score,
        triggers: [...new Set(s.triggers.map((t) => t.text))],
        triggerRanges: s.triggers.map((t) => ({ start: t.start, end: t.end })),
        section: s.section,
        heading: s.heading
      }))
    ),
  acceptSuggestions: ({ items }, { archive }) => acceptSuggestions(archive, items),
  rejectSuggestions: ({ items }, { archive }) =>
    inTransaction(archive.db, () => {
      for (const s of items) rejectSuggestion(archive, s)
      return { rejected: items.length }
    })
}
