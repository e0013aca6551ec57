// Schema v2: a new archive starts with the default codebook (and an existing one without themes gets it).
import type { Migration } from './types'
import { DEFAULT_CODEBOOK } from '../../themes/default-codebook'

export const migration0002: Migration = {
  version: 2,
  name: 'default-codebook',
  up(db) {
    const count = (db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number }).n
    if (count > 0) return
    const insert = db.prepare(
      'INSERT INTO themes (name, name_vi, color, description, position, keywords) VALUES (?, ?, ?, ?, ?, ?)'
    )
    DEFAULT_CODEBOOK.forEach((t, i) =>
      insert.run(t.name, t.nameVi, t.color, t.description, i, JSON.stringify(t.keywords))
    )
  }
}
