// Shared bits of the passages commands: parsing ranges and refs, labels, short excerpts.
import type { Archive } from '../../core/archive'
import { FolioError } from '../../core/errors'
import { findQuote } from '../../core/passages/find-quote'
import { articleBody } from '../../core/passages/passage-write'
import type { Passage } from '../../core/passages/passage-types'
import { listThemes, resolveTheme, themeLabel } from '../../core/themes/theme-store'

export { parseId } from './articles'

/** Commander helper for repeatable options: --theme a --theme b. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

/** "120:240" → {start: 120, end: 240}. */
export function parseRange(text: string): { start: number; end: number } {
  const m = /^\s*(-?\d+)\s*[:\-–,]\s*(-?\d+)\s*$/.exec(text)
  if (!m)
    throw new FolioError('invalid-input', `"${text}" is not a range: write it as START:END, e.g. 120:240.`)
  return { start: Number(m[1]), end: Number(m[2]) }
}

export function parseNumber(text: string, what: string): number {
  const n = Number(text)
  if (!Number.isFinite(n)) throw new FolioError('invalid-input', `"${text}" is not a number (${what}).`)
  return n
}

/** A range from --range or --quote (with --occurrence), exactly one of them. */
export function rangeFromOptions(
  archive: Archive,
  articleId: number,
  opts: { range?: string; quote?: string; occurrence?: string }
): { start: number; end: number } {
  if (opts.range && opts.quote)
    throw new FolioError('invalid-input', 'Give either --range or --quote, not both.')
  if (opts.range) return parseRange(opts.range)
  if (opts.quote !== undefined) {
    const occurrence = opts.occurrence === undefined ? undefined : parseNumber(opts.occurrence, 'occurrence')
    return findQuote(articleBody(archive, articleId), opts.quote, occurrence)
  }
  throw new FolioError('invalid-input', 'Say which text: --range START:END or --quote "the words".')
}

/** Theme refs (ids or names, either language) → ids; several may come in one comma-free option each. */
export function themeIdsFrom(archive: Archive, refs: string[] | undefined): number[] {
  return (refs ?? []).map((r) => resolveTheme(archive, r).id)
}

export function themeNames(archive: Archive): Map<number, string> {
  return new Map(listThemes(archive).map((t) => [t.id, themeLabel(t)]))
}

export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

export function passageLine(p: Passage, names: Map<number, string>): string {
  const themes = p.themeIds.length
    ? p.themeIds.map((id) => names.get(id) ?? `#${id}`).join(', ')
    : '(untagged)'
  const flag = p.status === 'orphan' ? ' [orphan]' : ''
  const note = p.note ? `  — ${excerpt(p.note, 40)}` : ''
  return `${String(p.id).padStart(5)}  art ${p.articleId} ${p.start}:${p.end}${flag}  [${themes}]  “${excerpt(p.exact)}”${note}`
}
