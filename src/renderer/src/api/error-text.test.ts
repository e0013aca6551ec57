import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { ApiError } from '../../../shared/api-error'
import { errorText, isInvalidInput } from './error-text'

// A stand-in t(): the key and its values, so the test reads which line was chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values && Object.keys(values).length ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction

describe('errorText', () => {
  it('translates the common search refusals with their values', () => {
    const e = new ApiError('invalid-input', 'The query "*" has no words to search for.')
    expect(errorText(e, t, 'vi')).toBe('errors.noWords {"query":"*"}')
    const d = new ApiError('invalid-input', 'The start date 2024-05-01 is after the end date 2020-01-01.')
    expect(errorText(d, t, 'en')).toBe('errors.datesReversed {"from":"2024-05-01","to":"2020-01-01"}')
  })

  it('drops the field name the contract puts in front', () => {
    const e = new ApiError('invalid-input', 'urls.0: Only http and https links can be imported.')
    expect(errorText(e, t, 'en')).toBe('errors.httpOnly')
    const other = new ApiError('invalid-input', 'keywords.3: Something unusual.')
    expect(errorText(other, t, 'en')).toBe('Something unusual.')
  })

  it('leads an untranslated refusal in with a Vietnamese line, keeping the detail', () => {
    const e = new ApiError('invalid-input', 'name: Something unusual.')
    expect(errorText(e, t, 'vi')).toBe('errors.invalidDetail {"detail":"Something unusual."}')
  })

  it('tells refused input from other failures', () => {
    expect(isInvalidInput(new ApiError('invalid-input', 'x'))).toBe(true)
    expect(isInvalidInput({ code: 'invalid-input', message: 'x' })).toBe(true)
    expect(isInvalidInput(new ApiError('io', 'x'))).toBe(false)
    expect(isInvalidInput(null)).toBe(false)
  })
})
