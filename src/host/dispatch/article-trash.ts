// Deleting articles with undo. Before the delete, every row that goes with them is kept in memory:
// rows of tables that cascade from articles (found from the schema's foreign keys, so tables added by
// later migrations are covered), references that are set to NULL, and the articles' memos (which point
// at articles loosely). Undo puts them all back, with the same ids, in one transaction.
// (Core logic living in the shell until src/core/articles offers an undoable delete.)
import { randomUUID } from 'node:crypto'
import type { Archive } from '../../core/archive'
import { inTransaction, type DB } from '../../core/db/connection'
import { FolioError } from '../../core/errors'

type Row = Record<string, unknown>

interface Relation {
  table: string
  column: string
  parent: string
  parentColumn: string
  onDelete: string
}

interface Snapshot {
  /** Parents before children, so foreign keys hold while restoring. */
  rows: { table: string; rows: Row[] }[]
  /** Rows whose reference was set to NULL: [rowid, value]. */
  nulled: { table: string; column: string; refs: [number, unknown][] }[]
}

const KEEP = 20
const trash = new WeakMap<Archive, Map<string, Snapshot>>()

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`

function relations(db: DB): Relation[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[]
  return tables.flatMap(({ name }) =>
    (
      db.pragma(`foreign_key_list(${quote(name)})`) as {
        table: string
        from: string
        to: string | null
        on_delete: string
      }[]
    ).map((fk) => ({
      table: name,
      column: fk.from,
      parent: fk.table,
      parentColumn: fk.to ?? 'id',
      onDelete: fk.on_delete.toUpperCase()
    }))
  )
}

function hasRowid(db: DB, table: string): boolean {
  const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql
  return !/WITHOUT\s+ROWID/i.test(sql)
}

function select(db: DB, table: string, column: string, values: unknown[]): Row[] {
  if (values.length === 0) return []
  const out: Row[] = []
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500)
    out.push(
      ...(db
        .prepare(
          `SELECT * FROM ${quote(table)} WHERE ${quote(column)} IN (${chunk.map(() => '?').join(',')})`
        )
        .all(...chunk) as Row[])
    )
  }
  return out
}

function takeSnapshot(db: DB, ids: number[]): Snapshot {
  const rels = relations(db)
  const snap: Snapshot = {
    rows: [{ table: 'articles', rows: select(db, 'articles', 'id', ids) }],
    nulled: []
  }
  const queue = ['articles']
  const seen = new Set(queue)
  while (queue.length) {
    const parent = queue.shift() as string
    const parentRows = snap.rows.find((r) => r.table === parent)?.rows ?? []
    for (const rel of rels.filter((r) => r.parent === parent)) {
      const keys = [...new Set(parentRows.map((r) => r[rel.parentColumn]))]
      if (rel.onDelete === 'CASCADE' && !seen.has(rel.table)) {
        seen.add(rel.table)
        snap.rows.push({ table: rel.table, rows: select(db, rel.table, rel.column, keys) })
        queue.push(rel.table)
      } else if (rel.onDelete === 'SET NULL' && hasRowid(db, rel.table)) {
        const refs = keys.length
          ? (db
              .prepare(
                `SELECT rowid AS r, ${quote(rel.column)} AS v FROM ${quote(rel.table)} WHERE ${quote(rel.column)} IN (${keys.map(() => '?').join(',')})`
              )
              .all(...keys) as { r: number; v: unknown }[])
          : []
        snap.nulled.push({ table: rel.table, column: rel.column, refs: refs.map((x) => [x.r, x.v]) })
      }
    }
  }
  snap.rows.push({
    table: 'memos',
    rows: select(db, 'memos', 'target_id', ids).filter((m) => m.target_kind === 'article')
  })
  return snap
}

function remember(archive: Archive, snap: Snapshot): string {
  let kept = trash.get(archive)
  if (!kept) trash.set(archive, (kept = new Map()))
  const token = randomUUID()
  kept.set(token, snap)
  while (kept.size > KEEP) kept.delete(kept.keys().next().value as string)
  return token
}

export function deleteArticlesWithUndo(
  archive: Archive,
  ids: number[]
): { deleted: number; undoToken: string } {
  const unique = [...new Set(ids)]
  return inTransaction(archive.db, () => {
    const snap = takeSnapshot(archive.db, unique)
    const found = snap.rows[0].rows.map((r) => r.id as number)
    const missing = unique.filter((id) => !found.includes(id))
    if (missing.length) throw new FolioError('not-found', `There is no article ${missing.join(', ')}.`)
    const memoIds = snap.rows.at(-1)?.rows.map((m) => m.id) ?? []
    if (memoIds.length)
      archive.db
        .prepare(`DELETE FROM memos WHERE id IN (${memoIds.map(() => '?').join(',')})`)
        .run(...memoIds)
    archive.db.prepare(`DELETE FROM articles WHERE id IN (${unique.map(() => '?').join(',')})`).run(...unique)
    return { deleted: unique.length, undoToken: remember(archive, snap) }
  })
}

export function undoDeleteArticles(archive: Archive, token: string): { restored: number } {
  const snap = trash.get(archive)?.get(token)
  if (!snap)
    throw new FolioError(
      'not-found',
      'There is nothing to undo (the deletion is too old or was already undone).'
    )
  inTransaction(archive.db, () => {
    for (const { table, rows } of snap.rows) {
      for (const row of rows) {
        const cols = Object.keys(row)
        archive.db
          .prepare(
            `INSERT INTO ${quote(table)} (${cols.map(quote).join(',')}) VALUES (${cols.map(() => '?').join(',')})`
          )
          .run(...cols.map((c) => row[c]))
      }
    }
    for (const { table, column, refs } of snap.nulled) {
      const update = archive.db.prepare(
        `UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE rowid = ? AND ${quote(column)} IS NULL`
      )
      for (const [rowid, value] of refs) update.run(value, rowid)
    }
  })
  trash.get(archive)?.delete(token)
  return { restored: snap.rows[0].rows.length }
}
