// The codebook API: read, resolve, edit, nest, merge, delete, and theme colours.
export {
  listThemes,
  getTheme,
  resolveTheme,
  themeTree,
  themeLabel,
  descendantIds,
  themePassageCount,
  type Theme,
  type ThemeNode
} from './theme-store'
export {
  createTheme,
  updateTheme,
  renameTheme,
  recolorTheme,
  describeTheme,
  setThemeKeywords,
  moveTheme,
  type NewTheme,
  type ThemePatch,
  type ThemeMove
} from './theme-edit'
export { mergeThemes, type MergeResult } from './theme-merge'
export { deleteTheme, type DeleteThemeOptions, type DeleteThemeResult } from './theme-delete'
export {
  THEME_PALETTE,
  LIGHT_BACKGROUND,
  DARK_BACKGROUND,
  MIN_CONTRAST,
  MIN_DISTANCE,
  parseColor,
  contrastRatio,
  colorDistance,
  isReadableOnBoth,
  readableVariant,
  nextThemeColor
} from './theme-colors'
export { DEFAULT_CODEBOOK } from './default-codebook'
