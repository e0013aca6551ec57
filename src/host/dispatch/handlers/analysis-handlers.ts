// The dashboard's numbers, from the analysis module, in the contract's chart-ready shapes.
import {
  articleCoverage,
  passagesPerTheme,
  passagesPerThemeByMonth,
  passagesPerThemeBySource,
  themeCooccurrence
} from '../../../core/analysis'
import type { PartialHandlers } from '../handler-types'

export const analysisHandlers: PartialHandlers = {
  passagesPerTheme: (input, { archive }) =>
    passagesPerTheme(archive, input?.scope).map((c) => ({
      themeId: c.themeId,
      count: c.passages,
      articles: c.articles,
      countWithSubThemes: c.passagesWithSubThemes
    })),
  passagesPerMonth: (input, { archive }) =>
    passagesPerThemeByMonth(archive, input?.scope).flatMap((c) =>
      c.month === null ? [] : [{ month: c.month, themeId: c.themeId, count: c.passages }]
    ),
  passagesPerSource: (input, { archive }) =>
    passagesPerThemeBySource(archive, input?.scope).map((c) => ({
      source: c.source,
      themeId: c.themeId,
      count: c.passages
    })),
  themeCooccurrence: (input, { archive }) =>
    themeCooccurrence(archive, input?.scope).map((r) => ({
      themeA: r.themeA,
      themeB: r.themeB,
      count: input?.level === 'article' ? r.sameArticle : r.overlapping
    })),
  coverage: ({ articleId }, { archive }) => articleCoverage(archive, articleId).themes
}
