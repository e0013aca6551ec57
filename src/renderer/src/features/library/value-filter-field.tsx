// A source or category filter: a text field offering the archive's names (with their article counts)
// that turns what is typed into those names; a line under the filters says what the text became.
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TypedFilter } from '../../lib/app-state'
import { formatNumber } from '../../lib/format'
import { resolveTyped } from './filter-values'
import { useFilterValues, type TextFilterKind } from './use-filter-values'

/** How many matched names the line under the filters spells out. */
const NAMES_SHOWN = 3

export interface TextFilterChange {
  typed: TypedFilter | undefined
  values: string[] | undefined
}

export function ValueFilterField(props: {
  kind: TextFilterKind
  typed: TypedFilter | undefined
  applied: string[] | undefined
  onChange: (change: TextFilterChange) => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { kind, typed, applied, onChange } = props
  const listId = useId()
  // The names are read once the field is used (or already holds text from an earlier visit).
  const [used, setUsed] = useState(typed != null)
  const known = useFilterValues(kind, used)
  const text = typed?.text ?? applied?.[0] ?? ''

  // The change for `next` typed; undefined while the archive's names are still on their way.
  const resolve = (next: string): TextFilterChange | undefined => {
    if (!next.trim()) return { typed: undefined, values: undefined }
    // Without the names (the archive could not list them), the text is the filter, as before.
    if (known.failed) return { typed: { text: next, unmatched: false }, values: [next.trim()] }
    if (!known.values) return undefined
    const r = resolveTyped(next, known.values)
    if (!r) return { typed: undefined, values: undefined }
    // A partial list cannot prove a name absent: then the text goes as typed, not flagged.
    return { typed: { text: next, unmatched: r.unmatched && !known.partial }, values: r.values }
  }

  // Names that arrive after the text was typed turn it into a filter then.
  useEffect(() => {
    if (!typed || !known.values) return
    const r = resolveTyped(typed.text, known.values)
    if (!r) return
    const unmatched = r.unmatched && !known.partial
    if (r.values.join('\n') !== (applied ?? []).join('\n') || unmatched !== typed.unmatched)
      onChange({ typed: { text: typed.text, unmatched }, values: r.values })
  }, [known.values, known.partial, typed, applied, onChange])

  const label = t(kind === 'sources' ? 'library.source' : 'library.category')
  const hint = hintFor()
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          type="text"
          list={listId}
          value={text}
          placeholder={t(kind === 'sources' ? 'library.anySource' : 'library.anyCategory')}
          autoComplete="off"
          onFocus={() => setUsed(true)}
          onChange={(e) => {
            setUsed(true)
            const change = resolve(e.target.value)
            // Names not read yet: keep the text now, the effect above makes it a filter when they come.
            onChange(change ?? { typed: { text: e.target.value, unmatched: false }, values: applied })
          }}
          data-testid={`filter-${kind}`}
        />
        <datalist id={listId}>
          {(known.values ?? []).map((v) => (
            <option key={v.value} value={v.value}>
              {t('library.count', { count: v.count, n: formatNumber(v.count, i18n.language) })}
            </option>
          ))}
        </datalist>
      </label>
      {hint && (
        <p className={`filter-hint${typed?.unmatched ? ' is-unmatched' : ''}`} role="status">
          {hint}
        </p>
      )}
    </>
  )

  function hintFor(): string | null {
    if (!typed || !applied?.length) return null
    if (typed.unmatched) return unmatchedText(t, kind, typed.text)
    // Not among the names listed (only when the list is partial): the text is looked for as typed.
    if (known.values && !known.values.some((v) => applied.includes(v.value)))
      return t(`library.${kind}NotListed`, { text: typed.text.trim() })
    // The text is one of the names (picked from the list): the field already says it all.
    if (applied.length === 1 && applied[0] === typed.text.trim()) return null
    const more = applied.length - NAMES_SHOWN
    const names =
      applied.slice(0, NAMES_SHOWN).join(', ') + (more > 0 ? ` ${t('library.andMore', { count: more })}` : '')
    return t(`library.${kind}Matched`, { count: applied.length, names })
  }
}

/** The plain reason an unmatched name filter shows no article (also said in the empty list). */
export function unmatchedText(
  t: (key: string, o?: Record<string, unknown>) => string,
  kind: TextFilterKind,
  text: string
): string {
  return t(`library.${kind}Unmatched`, { text: text.trim() })
}
