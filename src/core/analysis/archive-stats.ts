// The archive at a glance: what `folio stats` prints and the dashboard's header shows.
import type { Archive } from '../archive'
import type { AnalysisScope, ArchiveStats } from './analysis-types'
import { scopeSql } from './scope-sql'
import { passagesPerTheme } from './theme-counts'

export function archiveStats(archive: Archive, scope: AnalysisScope = {}): ArchiveStats {
  const s = scopeSql(scope)
  const one = (sql: string, params: (string | number)[] = s.params): number =>
    (archive.db.prepare(sql).get(...params) as { n: number }).n
  const inScope = `FROM passages p JOIN articles a ON a.id = p.article_id WHERE ${s.where}`
  return {
    articles: one(`SELECT count(*) AS n FROM articles a WHERE ${s.where}`),
    passages: one(`SELECT count(*) AS n ${inScope}`),
    anchored: one(`SELECT count(*) AS n ${inScope} AND p.status = 'anchored'`),
    orphans: one(`SELECT count(*) AS n ${inScope} AND p.status = 'orphan'`),
    untagged: one(
      `SELECT count(*) AS n ${inScope} AND NOT EXISTS (SELECT 1 FROM passage_themes pt WHERE pt.passage_id = p.id)`
    ),
    memos: one('SELECT count(*) AS n FROM memos', []),
    collections: one('SELECT count(*) AS n FROM collections', []),
    themes: passagesPerTheme(archive, scope)
  }
}
