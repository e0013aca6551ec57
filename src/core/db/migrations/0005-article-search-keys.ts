// Schema v5 (search): the search key of every body (see text/search-key), kept by triggers so every
// way an article is written (import, corrected copy, REFI-QDA, tools) keeps it in step. A results
// page reads keys instead of bodies to place highlights and snippets; an article without a key
// (one written with the triggers off) is still searched, only more slowly.
import type { Migration } from './types'

export const migration0005: Migration = {
  version: 5,
  name: 'article-search-keys',
  up(db) {
    db.exec(`
      CREATE TABLE article_search_keys (
        article_id INTEGER PRIMARY KEY,
        body_key   TEXT NOT NULL
      );
      INSERT INTO article_search_keys (article_id, body_key)
        SELECT id, folio_search_key(body) FROM articles;
      CREATE TRIGGER article_search_key_insert AFTER INSERT ON articles BEGIN
        INSERT OR REPLACE INTO article_search_keys (article_id, body_key)
          VALUES (new.id, folio_search_key(new.body));
      END;
      CREATE TRIGGER article_search_key_update AFTER UPDATE OF body ON articles BEGIN
        INSERT OR REPLACE INTO article_search_keys (article_id, body_key)
          VALUES (new.id, folio_search_key(new.body));
      END;
      CREATE TRIGGER article_search_key_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search_keys WHERE article_id = old.id;
      END;
    `)
  }
}
