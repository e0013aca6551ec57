// Turning an AnalysisScope into a SQL condition on the articles table (alias `a`), with parameters.
import type { AnalysisScope } from './analysis-types'

export interface ScopeSql {
  /** A condition to AND into a WHERE clause; '1' when the scope is everything. */
  where: string
  params: (string | number)[]
}

/** A date bound as the upper end of its period: '2024-01' → '2024-01\uffff' so every day in January matches. */
function upper(to: string): string {
  return to + '\uffff'
}

export function scopeSql(scope: AnalysisScope = {}): ScopeSql {
  const parts: string[] = []
  const params: (string | number)[] = []
  if (scope.articleIds) {
    if (scope.articleIds.length === 0) parts.push('0')
    else {
      parts.push(`a.id IN (${scope.articleIds.map(() => '?').join(',')})`)
      params.push(...scope.articleIds)
    }
  }
  if (scope.collectionId !== undefined) {
    parts.push('a.id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)')
    params.push(scope.collectionId)
  }
  if (scope.source !== undefined) {
    parts.push('a.source = ?')
    params.push(scope.source)
  }
  if (scope.from !== undefined) {
    parts.push('a.published_at >= ?')
    params.push(scope.from)
  }
  if (scope.to !== undefined) {
    parts.push('a.published_at <= ?')
    params.push(upper(scope.to))
  }
  return { where: parts.length ? parts.join(' AND ') : '1', params }
}
