// folio search "dang bo" [--exact] [--theme …] [--source …] [--from … --to …]: ranked results with
// the best passage of each article, matches marked.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import type { Archive } from '../../core/archive'
import { FolioError } from '../../core/errors'
import { looseKey } from '../../core/text/fold-vietnamese'
import {
  search,
  MAX_PAGE_SIZE,
  type SearchFilters,
  type SearchPage,
  type SearchSort,
  type TextRange
} from '../../core/search'

interface SearchOptions {
  exact?: boolean
  theme?: string[]
  source?: string[]
  category?: string[]
  collection?: string
  from?: string
  to?: string
  language?: string
  passages?: boolean
  limit?: string
  cursor?: string
  facets?: boolean
  sort?: string
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/** Finds rows of `table` by id or (diacritics-insensitive) name; one clear line when unknown. */
function resolveNamed(archive: Archive, table: 'themes' | 'collections', wanted: string): number {
  const rows = archive.db
    .prepare(table === 'themes' ? 'SELECT id, name, name_vi FROM themes' : 'SELECT id, name FROM collections')
    .all() as { id: number; name: string; name_vi?: string | null }[]
  const key = looseKey(wanted.trim())
  const hit = rows.find(
    (r) =>
      String(r.id) === wanted.trim() || looseKey(r.name) === key || (r.name_vi && looseKey(r.name_vi) === key)
  )
  if (hit) return hit.id
  const what = table === 'themes' ? 'theme' : 'collection'
  const known = rows.map((r) => r.name).join(', ')
  throw new FolioError('invalid-input', `No ${what} named "${wanted}"${known ? ` (known: ${known})` : ''}.`)
}

function pageLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new FolioError('invalid-input', `--limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
  }
  return n
}

/** Wraps ranges in markers; ranges separated only by spaces become one marked span. */
export function markRanges(text: string, ranges: TextRange[], open: string, close: string): string {
  const merged: TextRange[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && /^\s*$/u.test(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  let out = ''
  let at = 0
  for (const r of merged) {
    out += text.slice(at, r.start) + open + text.slice(r.start, r.end) + close
    at = r.end
  }
  return (out + text.slice(at)).replace(/\s+/gu, ' ')
}

function render(page: SearchPage, query: string, color: boolean): string {
  const [open, close] = color ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']']
  const lines: string[] = [
    page.total === 0
      ? `No article matches${query.trim() ? ` "${query.trim()}"` : ''}.`
      : `${page.total} article${page.total === 1 ? '' : 's'} match${page.total === 1 ? 'es' : ''}${query.trim() ? ` "${query.trim()}"` : ''}.`
  ]
  for (const h of page.hits) {
    const a = h.article
    const meta = [a.publishedAt?.slice(0, 10), a.source].filter(Boolean).join('  ')
    lines.push('', `${String(a.id).padStart(5)}  ${markRanges(a.title, h.titleHighlights, open, close)}`)
    if (meta) lines.push(`       ${meta}`)
    if (h.snippet) {
      const s = h.snippet
      const text = markRanges(s.text, s.highlights, open, close)
      lines.push(`       ${s.clippedStart ? '…' : ''}${text}${s.clippedEnd ? '…' : ''}`)
    }
  }
  if (page.facets) {
    const f = page.facets
    const list = (xs: { value: string; count: number }[]): string =>
      xs.map((x) => `${x.value} (${x.count})`).join(', ') || '—'
    lines.push('', `Sources: ${list(f.sources)}`, `Themes: ${list(f.themes)}`, `Years: ${list(f.years)}`)
  }
  if (page.nextCursor) lines.push('', `More results: add --cursor ${page.nextCursor}`)
  return lines.join('\n')
}

export function registerSearch(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('search the archive, with or without diacritics')
    .argument('[query...]', 'words, "a phrase", prefix*, -exclude, a OR b')
    .option('--exact', 'diacritics must match as typed (hợp, not hộp)')
    .option('--theme <name|id>', 'articles with passages of this theme (repeatable)', collect)
    .option('--source <name>', 'only this source (repeatable)', collect)
    .option('--category <name>', 'only this category (repeatable)', collect)
    .option('--collection <name|id>', 'only articles in this collection')
    .option('--from <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--language <code>', 'only articles in this language')
    .option('--passages', 'only articles that have passages')
    .option('--no-passages', 'only articles without passages')
    .option('--limit <n>', `results per page (1–${MAX_PAGE_SIZE}, default 20)`)
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--facets', 'also count results per source, theme and year')
    .option('--sort <order>', 'relevance (default), newest or oldest (by publication date)')
    .action((words: string[], opts: SearchOptions) => {
      const query = words.join(' ')
      const archive = ctx.archive()
      const filters: SearchFilters = {
        themeIds: opts.theme?.map((t) => resolveNamed(archive, 'themes', t)),
        sources: opts.source,
        categories: opts.category,
        collectionId: opts.collection ? resolveNamed(archive, 'collections', opts.collection) : undefined,
        from: opts.from,
        to: opts.to,
        language: opts.language,
        hasPassages: opts.passages
      }
      const page = search(archive, {
        query,
        exact: opts.exact,
        filters,
        limit: pageLimit(opts.limit),
        cursor: opts.cursor,
        withFacets: opts.facets,
        sort: opts.sort as SearchSort | undefined // checked by search(), which names the valid ones
      })
      ctx.print(page, render(page, query, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR))
    })
}
