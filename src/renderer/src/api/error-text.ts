// What a failure says to a person. Invalid input is the user's own text, not a crash: callers show it
// plainly (no "Something went wrong"). The contract's checks name the field they refused ("urls.0: …");
// the field is dropped. The common English sentences from the core are translated; any other one gets a
// translated lead-in with the original sentence after it, so the Vietnamese UI never shows bare English.
import type { TFunction } from 'i18next'
import { toApiError } from '../../../shared/api-error'

/** A known core sentence and the i18n key (with the values it carries) that says it in the UI language. */
const KNOWN: { pattern: RegExp; key: string; params?: string[] }[] = [
  { pattern: /^The query "(.*)" has no words to search for\.$/s, key: 'errors.noWords', params: ['query'] },
  { pattern: /^The query only excludes words/, key: 'errors.onlyExcludes' },
  {
    pattern: /^A prefix search needs at least two letters before the \*: "(.*)"\.$/s,
    key: 'errors.shortPrefix',
    params: ['query']
  },
  {
    pattern: /^The start date (\S+) is after the end date (\S+)\.$/,
    key: 'errors.datesReversed',
    params: ['from', 'to']
  },
  { pattern: /^The (?:\w+ )?date "(.*)" is not a date/, key: 'errors.badDate', params: ['value'] },
  { pattern: /^A date is written YYYY/, key: 'errors.badDate', params: [] },
  {
    pattern: /^The query is too long \((\d+) characters\); keep it under (\d+)\.$/,
    key: 'errors.queryTooLong',
    params: ['length', 'max']
  },
  {
    pattern: /^The query has (\d+) terms; a search can combine at most (\d+)\.$/,
    key: 'errors.tooManyTerms',
    params: ['count', 'max']
  },
  { pattern: /^The name is empty\.$/, key: 'errors.emptyName' },
  { pattern: /^Only http and https links can be imported/, key: 'errors.httpOnly' }
]

/** A field path the contract's checks put in front of their sentence: "name: ", "urls.0: ". */
const FIELD_PREFIX = /^[A-Za-z_$][\w$]*(?:\.[\w$]+)*: /

export function isInvalidInput(e: unknown): boolean {
  return e != null && toApiError(e).code === 'invalid-input'
}

/** The one line to show for a failure, in the UI language, with no field names. */
export function errorText(e: unknown, t: TFunction, language: string): string {
  const message = toApiError(e).message.replace(FIELD_PREFIX, '')
  for (const known of KNOWN) {
    const m = known.pattern.exec(message)
    if (!m) continue
    const values = Object.fromEntries((known.params ?? []).map((name, i) => [name, m[i + 1]]))
    return t(known.key, values)
  }
  // The core's sentence is English: already the plain line in the English UI. Elsewhere refused input gets
  // a translated lead-in; other failures are led in by the caller ("Đã xảy ra lỗi: …").
  if (language.startsWith('en') || !isInvalidInput(e)) return message
  return t('errors.invalidDetail', { detail: message })
}
