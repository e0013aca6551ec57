// Source and category filters match stored names exactly, but people type "telegraph" for "The
// Telegraph" or "tin dia phuong" for "Tin địa phương". What they type is turned here into the archive's
// own names (ignoring case and diacritics, anywhere in the name) before it becomes a filter.
import type { FacetCount } from '../../../../shared/api'

/** Lower case, no diacritics, đ as d, single spaces: the form two names are compared in. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export interface Resolved {
  /** The values to filter by. */
  values: string[]
  /** The archive holds no name like the text; the filter keeps the text as typed. */
  unmatched: boolean
}

/**
 * The stored names the typed text stands for: the one name typed exactly (picked from the list), else
 * every name holding the text, ignoring case and diacritics. Nothing like it: the text itself, marked
 * unmatched, so the list reads empty for a reason the field can say.
 */
export function resolveTyped(typed: string, known: readonly FacetCount[]): Resolved | null {
  const text = typed.trim()
  if (!text) return null
  if (known.some((k) => k.value === text)) return { values: [text], unmatched: false }
  const folded = foldName(text)
  const values = known.filter((k) => foldName(k.value).includes(folded)).map((k) => k.value)
  return values.length ? { values, unmatched: false } : { values: [text], unmatched: true }
}
