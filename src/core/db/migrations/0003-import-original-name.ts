// Import: an index on articles.original_name, so spotting a corrected copy of an already imported
// file (same name, same title or URL) stays one index lookup per article in large batches.
import type { Migration } from './types'

export const migration0003: Migration = {
  version: 3,
  name: 'import-original-name',
  up(db) {
    db.exec('CREATE INDEX IF NOT EXISTS articles_original_name ON articles(original_name)')
  }
}
