// Prepared statements kept per connection: the search SQL varies only with the filter combination,
// so a handful of statements serve every query.
import type { Statement } from 'better-sqlite3'
import type { DB } from '../db/connection'

const MAX_PER_CONNECTION = 200
const caches = new WeakMap<DB, Map<string, Statement>>()

export function cachedStatement(db: DB, sql: string): Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let stmt = cache.get(sql)
  if (!stmt) {
    if (cache.size >= MAX_PER_CONNECTION) cache.clear()
    stmt = db.prepare(sql)
    cache.set(sql, stmt)
  }
  return stmt
}
