// The analysis API: the numbers the dashboard and the PDF brief draw.
export type * from './analysis-types'
export {
  passagesPerTheme,
  passagesPerThemeBySource,
  passagesPerThemeByMonth,
  passagesPerThemeByArticle
} from './theme-counts'
export { themeCooccurrence } from './co-occurrence'
export { articleCoverage } from './coverage'
export { listThemePassages, type ThemePassagesOptions } from './theme-passages'
export { archiveStats } from './archive-stats'
