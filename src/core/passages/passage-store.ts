// Reading passages: one by id, or a filtered list in reading order.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { descendantIds } from '../themes/theme-store'
import type { Passage, PassageFilter, PassageStatus } from './passage-types'

export interface PassageRow {
  id: number
  article_id: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  status: PassageStatus
  created_at: string
  updated_at: string
  theme_ids: string | null
}

export const PASSAGE_COLUMNS = `p.id, p.article_id, p.start, p.end, p.exact, p.prefix, p.suffix, p.note, p.status,
  p.created_at, p.updated_at,
  (SELECT group_concat(pt.theme_id) FROM passage_themes pt WHERE pt.passage_id = p.id) AS theme_ids`

export function toPassage(r: PassageRow): Passage {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    note: r.note,
    status: r.status,
    themeIds: r.theme_ids
      ? r.theme_ids
          .split(',')
          .map(Number)
          .sort((a, b) => a - b)
      : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

export function getPassage(archive: Archive, id: number): Passage {
  const row = archive.db.prepare(`SELECT ${PASSAGE_COLUMNS} FROM passages p WHERE p.id = ?`).get(id) as
    PassageRow | undefined
  if (!row) throw new FolioError('not-found', `There is no passage ${id}.`)
  return toPassage(row)
}

/** Passages matching the filter, by article then position. */
export function listPassages(archive: Archive, filter: PassageFilter = {}): Passage[] {
  const where: string[] = []
  const params: (number | string)[] = []
  if (filter.articleId !== undefined) {
    where.push('p.article_id = ?')
    params.push(filter.articleId)
  }
  if (filter.themeId !== undefined) {
    const ids = [filter.themeId, ...(filter.includeSubThemes ? descendantIds(archive, filter.themeId) : [])]
    where.push(`EXISTS (SELECT 1 FROM passage_themes pt WHERE pt.passage_id = p.id
      AND pt.theme_id IN (${ids.map(() => '?').join(',')}))`)
    params.push(...ids)
  }
  if (filter.status !== undefined) {
    where.push('p.status = ?')
    params.push(filter.status)
  }
  if (filter.untagged) where.push('NOT EXISTS (SELECT 1 FROM passage_themes pt WHERE pt.passage_id = p.id)')
  const sql = `SELECT ${PASSAGE_COLUMNS} FROM passages p ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY p.article_id, p.start, p.end, p.id LIMIT ? OFFSET ?`
  const rows = archive.db.prepare(sql).all(...params, filter.limit ?? -1, filter.offset ?? 0) as PassageRow[]
  return rows.map(toPassage)
}

export function countPassages(archive: Archive): number {
  return (archive.db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n
}
