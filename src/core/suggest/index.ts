// The suggestions API: suggest, accept, reject (ignoring stores nothing).
export { suggestPassages, DEFAULT_MIN_SCORE } from './suggest-passages'
export {
  acceptSuggestion,
  acceptSuggestions,
  rejectSuggestion,
  unrejectSuggestion
} from './suggestion-actions'
export type { Suggestion, SuggestionTrigger, SuggestOptions, SuggestionRef } from './suggestion-types'
export type { SuggestionUnit } from './text-units'
