// The full table: every contract method → its handler. A method with no core function behind it yet
// answers {code: 'unavailable'} with the reason below — never a pretend result.
import type { ApiMethod } from '../../shared/api'
import { API_METHODS } from '../../shared/api-methods'
import type { HandlerTable, PartialHandlers } from './handler-types'
import { unwired } from './handler-types'
import { archiveHandlers } from './handlers/archive-handlers'
import { articleHandlers } from './handlers/article-handlers'
import { exchangeHandlers } from './handlers/exchange-handlers'
import { importHandlers } from './handlers/import-handlers'
import { settingsHandlers } from './handlers/settings-handlers'
import { shellHandlers } from './handlers/shell-handlers'
import { themeHandlers } from './handlers/theme-handlers'
import { searchHandlers } from './handlers/search-handlers'
import { passageHandlers } from './handlers/passage-handlers'
import { suggestionHandlers } from './handlers/suggestion-handlers'
import { memoHandlers } from './handlers/memo-handlers'
import { collectionHandlers } from './handlers/collection-handlers'
import { analysisHandlers } from './handlers/analysis-handlers'
import { exportHandlers } from './handlers/export-handlers'

const WIRED: PartialHandlers = {
  ...archiveHandlers,
  ...importHandlers,
  ...articleHandlers,
  ...searchHandlers,
  ...passageHandlers,
  ...themeHandlers,
  ...suggestionHandlers,
  ...memoHandlers,
  ...collectionHandlers,
  ...analysisHandlers,
  ...exportHandlers,
  ...exchangeHandlers,
  ...settingsHandlers,
  ...shellHandlers
}

/** Why a method is not wired yet, by the module that must provide it. */
const MISSING: Partial<Record<ApiMethod, string>> = {}

function reasonFor(method: ApiMethod): string {
  return MISSING[method] ?? `"${method}" is not available in this version of Folio yet.`
}

export const HANDLERS = Object.fromEntries(
  API_METHODS.map((m) => [m, WIRED[m] ?? unwired(reasonFor(m))])
) as HandlerTable
