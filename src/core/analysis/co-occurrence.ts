// Which themes go together: on overlapping passages (the same words coded twice), and in the same article.
import type { Archive } from '../archive'
import type { AnalysisScope, CooccurrenceRow } from './analysis-types'
import { scopeSql } from './scope-sql'

/**
 * Every pair of themes that co-occur at least once. A passage carrying both themes counts as one
 * overlapping pair; two overlapping passages count once however many of their themes repeat.
 * Orphans have no place in the text, so they do not count as overlapping.
 */
export function themeCooccurrence(archive: Archive, scope: AnalysisScope = {}): CooccurrenceRow[] {
  const s = scopeSql(scope)
  const overlapping = archive.db
    .prepare(
      `SELECT x, y, count(*) AS n FROM (
         SELECT DISTINCT min(pa.theme_id, pb.theme_id) AS x, max(pa.theme_id, pb.theme_id) AS y, p.id AS pid, q.id AS qid
         FROM passages p JOIN articles a ON a.id = p.article_id
         JOIN passages q ON q.article_id = p.article_id AND q.id >= p.id AND p.start < q.end AND q.start < p.end
         JOIN passage_themes pa ON pa.passage_id = p.id JOIN passage_themes pb ON pb.passage_id = q.id
         WHERE pa.theme_id != pb.theme_id AND p.status = 'anchored' AND q.status = 'anchored' AND ${s.where})
       GROUP BY x, y`
    )
    .all(...s.params) as { x: number; y: number; n: number }[]
  const sameArticle = archive.db
    .prepare(
      `WITH used AS (SELECT DISTINCT p.article_id, pt.theme_id FROM passages p
         JOIN passage_themes pt ON pt.passage_id = p.id JOIN articles a ON a.id = p.article_id WHERE ${s.where})
       SELECT u.theme_id AS x, v.theme_id AS y, count(*) AS n FROM used u
       JOIN used v ON v.article_id = u.article_id AND u.theme_id < v.theme_id GROUP BY x, y`
    )
    .all(...s.params) as { x: number; y: number; n: number }[]
  const rows = new Map<string, CooccurrenceRow>()
  const row = (x: number, y: number): CooccurrenceRow => {
    const key = `${x}:${y}`
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { themeA: x, themeB: y, overlapping: 0, sameArticle: 0 }))
    return r
  }
  for (const o of overlapping) row(o.x, o.y).overlapping = o.n
  for (const o of sameArticle) row(o.x, o.y).sameArticle = o.n
  return [...rows.values()].sort((a, b) => a.themeA - b.themeA || a.themeB - b.themeB)
}
