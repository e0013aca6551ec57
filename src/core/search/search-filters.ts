// Turns SearchFilters into SQL on an article id. Every filter reads an index, never the article
// record (whose long body sits in overflow pages). With a query, source, category and language
// probe their index per FTS5 candidate (no temporary list of 100,000 ids when a filter keeps
// nearly everything); otherwise, and for themes, collections and dates, `id IN (…)` lists.
import { FolioError } from '../errors'
import type { SearchFilters } from './search-types'

export interface FilterSql {
  /** SQL conditions on `idExpr`, joined with AND ('' when there is no filter). */
  where: string
  params: unknown[]
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Checks a YYYY, YYYY-MM or YYYY-MM-DD date and returns it unchanged. */
export function checkDate(value: string, what: 'start' | 'end'): string {
  const m = DATE.exec(value.trim())
  const month = m?.[2] ? Number(m[2]) : 1
  const day = m?.[3] ? Number(m[3]) : 1
  const valid =
    m &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()
  if (!valid) {
    throw new FolioError(
      'invalid-input',
      `The ${what} date "${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`
    )
  }
  return value.trim()
}

function strings(values: unknown, what: string): string[] {
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
    throw new FolioError('invalid-input', `The ${what} filter must be a list of names.`)
  }
  return values as string[]
}

function ids(values: unknown, what: string): number[] {
  const list = Array.isArray(values) ? values : [values]
  if (!list.every((v) => Number.isInteger(v) && (v as number) > 0)) {
    throw new FolioError('invalid-input', `The ${what} filter must be positive whole-number ids.`)
  }
  return list as number[]
}

const marks = (n: number): string => Array(n).fill('?').join(', ')

export function filterSql(filters: SearchFilters | undefined, idExpr: string): FilterSql {
  const where: string[] = []
  const params: unknown[] = []
  if (!filters) return { where: '', params }
  const f = filters
  // With a query, FTS5 must drive the loop: `+` keeps SQLite from turning a long id list (every
  // article since 2010) into the outer loop that probes the index once per id.
  const withQuery = idExpr === 'f.rowid'
  const inId = withQuery ? `+${idExpr}` : idExpr
  if (f.themeIds !== undefined && f.themeIds.length) {
    const t = ids(f.themeIds, 'theme')
    where.push(`${inId} IN (SELECT p.article_id FROM passage_themes pt
      JOIN passages p ON p.id = pt.passage_id WHERE pt.theme_id IN (${marks(t.length)}))`)
    params.push(...t)
  }
  for (const [key, column] of [
    ['sources', 'source'],
    ['categories', 'category']
  ] as const) {
    const v = f[key]
    if (v === undefined || v.length === 0) continue
    const list = strings(v, column)
    where.push(
      withQuery
        ? `EXISTS (SELECT 1 FROM articles x INDEXED BY articles_${column}
        WHERE x.${column} IN (${marks(list.length)}) AND x.id = ${idExpr})`
        : `${idExpr} IN (SELECT id FROM articles WHERE ${column} IN (${marks(list.length)}))`
    )
    params.push(...list)
  }
  if (f.collectionId !== undefined) {
    where.push(`${inId} IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)`)
    params.push(ids(f.collectionId, 'collection')[0])
  }
  const from = f.from ? checkDate(f.from, 'start') : null
  const to = f.to ? checkDate(f.to, 'end') : null
  if (from && to && from > to.padEnd(10, '~')) {
    throw new FolioError('invalid-input', `The start date ${from} is after the end date ${to}.`)
  }
  if (from || to) {
    // '~' sorts after every character of a stored date, so `< to~` keeps all of `to`'s day/month/year.
    where.push(`${inId} IN (SELECT id FROM articles WHERE published_at >= ? AND published_at < ?)`)
    params.push(from ?? '', to ? `${to}~` : '~')
  }
  if (f.language !== undefined && f.language !== '') {
    if (typeof f.language !== 'string') throw new FolioError('invalid-input', 'The language must be text.')
    where.push(
      withQuery
        ? `EXISTS (SELECT 1 FROM articles x INDEXED BY articles_language WHERE x.language = ? AND x.id = ${idExpr})`
        : `${idExpr} IN (SELECT id FROM articles WHERE language = ?)`
    )
    params.push(f.language)
  }
  if (f.hasPassages === true) where.push(`${inId} IN (SELECT article_id FROM passages)`)
  if (f.hasPassages === false) where.push(`${inId} NOT IN (SELECT article_id FROM passages)`)
  return { where: where.join(' AND '), params }
}

export function hasFilters(filters: SearchFilters | undefined): boolean {
  return filterSql(filters, 'x').where !== ''
}
