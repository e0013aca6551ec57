// Schema v4 (search): an index on articles.language, so the language filter and facets read the
// index instead of every article record (the column sits after the long body in each row).
import type { Migration } from './types'

export const migration0004: Migration = {
  version: 4,
  name: 'search-language-index',
  up(db) {
    db.exec('CREATE INDEX IF NOT EXISTS articles_language ON articles(language)')
  }
}
