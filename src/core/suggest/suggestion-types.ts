// Suggested passages as the UI, CLI and tests see them.
import type { SuggestionUnit } from './text-units'

export interface SuggestionTrigger {
  /** The words in the article that matched (original text). */
  text: string
  /** The theme keyword they matched. */
  keyword: string
  start: number
  end: number
}

export interface Suggestion {
  /** Stable for the same article text: `${articleId}:${themeId}:${start}:${end}`. */
  id: string
  articleId: number
  themeId: number
  start: number
  end: number
  exact: string
  unit: SuggestionUnit
  /** 0–1: how strongly the keywords (and the section heading) point to the theme. */
  score: number
  /** The keywords found in the passage, in reading order. */
  triggers: SuggestionTrigger[]
  /** The heading of the section the passage sits in, if the article has headings. */
  section: string | null
  /** The section heading when it counted as evidence for this theme (it names the theme or its keywords). */
  heading: string | null
}

export interface SuggestOptions {
  /** Expand each match to its sentence or its paragraph. Default: paragraph. */
  unit?: SuggestionUnit
  /** Suggestions scoring below this are not offered. Default: DEFAULT_MIN_SCORE. */
  minScore?: number
  /** Only these themes. Default: every theme with keywords. */
  themeIds?: number[]
}

/** The place of a suggestion, enough to accept or reject it. */
export interface SuggestionRef {
  articleId: number
  themeId: number
  start: number
  end: number
}
