// Schema v1: articles with their text model and provenance, the codebook, passages, memos,
// collections, the import log, settings, and the folded FTS5 index with its sync triggers.
import type { Migration } from './types'

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE articles (
        id              INTEGER PRIMARY KEY,
        title           TEXT NOT NULL,
        body            TEXT NOT NULL,
        blocks          TEXT NOT NULL DEFAULT '[]',   -- JSON [{kind,start,end,level?}]
        category        TEXT,
        author          TEXT,
        source          TEXT,
        url             TEXT,
        published_at    TEXT,                          -- ISO 8601
        language        TEXT,
        original_name   TEXT,
        original_format TEXT,
        encoding        TEXT,
        original_hash   TEXT,
        content_hash    TEXT NOT NULL UNIQUE,
        imported_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX articles_published ON articles(published_at);
      CREATE INDEX articles_source ON articles(source);
      CREATE INDEX articles_category ON articles(category);

      -- Folded copy of title + body (đ→d; the tokenizer removes the other marks). Contentless:
      -- the original text lives in articles, highlights are computed on it.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, folio_fold(new.title), folio_fold(new.body));
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
        DELETE FROM articles_fts WHERE rowid = old.id;
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, folio_fold(new.title), folio_fold(new.body));
      END;

      CREATE TABLE themes (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        name_vi     TEXT,
        color       TEXT NOT NULL,                     -- #RRGGBB
        description TEXT NOT NULL DEFAULT '',
        parent_id   INTEGER REFERENCES themes(id) ON DELETE RESTRICT,
        position    INTEGER NOT NULL DEFAULT 0,
        keywords    TEXT NOT NULL DEFAULT '[]',        -- JSON array of words/phrases for suggestions
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE UNIQUE INDEX themes_name ON themes(lower(name));
      CREATE INDEX themes_parent ON themes(parent_id);

      CREATE TABLE passages (
        id          INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        exact       TEXT NOT NULL,
        prefix      TEXT NOT NULL DEFAULT '',
        suffix      TEXT NOT NULL DEFAULT '',
        note        TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphan')),
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        CHECK (start >= 0 AND end > start)
      );
      CREATE INDEX passages_article ON passages(article_id, start);

      CREATE TABLE passage_themes (
        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
        theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
        PRIMARY KEY (passage_id, theme_id)
      ) WITHOUT ROWID;
      CREATE INDEX passage_themes_theme ON passage_themes(theme_id, passage_id);

      CREATE TABLE suggestion_rejections (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        theme_id   INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        exact      TEXT NOT NULL,
        PRIMARY KEY (article_id, theme_id, start, end)
      ) WITHOUT ROWID;

      CREATE TABLE memos (
        id          INTEGER PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('theme', 'article', 'archive')),
        target_id   INTEGER,
        body        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX memos_target ON memos(target_kind, target_id);

      CREATE TABLE collections (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE TABLE collection_articles (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (collection_id, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX collection_articles_article ON collection_articles(article_id);

      CREATE TABLE imports (
        id         INTEGER PRIMARY KEY,
        batch_id   TEXT NOT NULL,
        file       TEXT NOT NULL,
        outcome    TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'refused', 'failed')),
        message    TEXT NOT NULL DEFAULT '',
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
      );
      CREATE INDEX imports_batch ON imports(batch_id);
    `)
  }
}
