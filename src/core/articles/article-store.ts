// Reading and writing article rows. Inserts go through the content hash so duplicates never land twice.
import type { Statement } from 'better-sqlite3'
import type { Archive } from '../archive'
import type { DB } from '../db/connection'
import { FolioError } from '../errors'
import { contentHash } from '../text/content-hash'
import { normalizeBodyAndBlocks, normalizeText } from '../text/normalize'
import type { ArticleDraft, Block, Provenance } from '../text/model'
import type { Article, ArticleSummary } from './article-types'

interface ArticleRow {
  id: number
  title: string
  body: string
  blocks: string
  category: string | null
  author: string | null
  source: string | null
  url: string | null
  published_at: string | null
  language: string | null
  original_name: string | null
  original_format: string | null
  encoding: string | null
  original_hash: string | null
  content_hash: string
  imported_at: string
  updated_at: string
  /** `passageId.themeId` pairs, comma-separated (see SUMMARY_COLUMNS); null without passages. */
  passage_themes: string | null
}

/** The columns of an article summary, over `articles a` (search selects them too). */
export const SUMMARY_COLUMNS = `a.id, a.title, a.category, a.author, a.source, a.url, a.published_at, a.language, a.imported_at,
  (SELECT group_concat(p.id || '.' || ifnull(pt.theme_id, '')) FROM passages p
     LEFT JOIN passage_themes pt ON pt.passage_id = p.id WHERE p.article_id = a.id) AS passage_themes`

/** The summary columns of a row selected with SUMMARY_COLUMNS. */
export type SummaryRow = Pick<
  ArticleRow,
  | 'id'
  | 'title'
  | 'category'
  | 'author'
  | 'source'
  | 'url'
  | 'published_at'
  | 'language'
  | 'imported_at'
  | 'passage_themes'
>

/**
 * Passage count and distinct theme ids from the `passageId.themeId` pairs: one subquery per article
 * instead of two (a result page reads twenty of them), distinct values counted here.
 */
function passageSummary(pairs: string | null): Pick<ArticleSummary, 'passageCount' | 'themeIds'> {
  if (!pairs) return { passageCount: 0, themeIds: [] }
  // "p.t,p.t,p." read by hand: splitting into strings and sets of them cost ~5 µs an article
  const passages = new Set<number>()
  const themes: number[] = []
  let n = 0
  let passage = 0
  for (let i = 0; i <= pairs.length; i++) {
    const c = i < pairs.length ? pairs.charCodeAt(i) : 44
    if (c === 46 /* . */) {
      passage = n
      n = -1
    } else if (c === 44 /* , */) {
      passages.add(passage)
      if (n >= 0 && !themes.includes(n)) themes.push(n)
      n = 0
    } else {
      n = (n < 0 ? 0 : n) * 10 + (c - 48)
    }
  }
  return { passageCount: passages.size, themeIds: themes.sort((a, b) => a - b) }
}

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    author: r.author,
    source: r.source,
    url: r.url,
    publishedAt: r.published_at,
    language: r.language,
    importedAt: r.imported_at,
    ...passageSummary(r.passage_themes)
  }
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null
  const v = normalizeText(value).replace(/\s+/g, ' ').trim()
  return v || null
}

// Statements prepared once per connection: bulk imports call insertArticle tens of thousands of times.
const STATEMENTS = new WeakMap<DB, { byHash: Statement; insert: Statement }>()

function statements(db: DB): { byHash: Statement; insert: Statement } {
  let st = STATEMENTS.get(db)
  if (!st) {
    st = {
      byHash: db.prepare('SELECT id FROM articles WHERE content_hash = ?'),
      insert: db.prepare(
        `INSERT INTO articles (title, body, blocks, category, author, source, url, published_at, language,
          original_name, original_format, encoding, original_hash, content_hash)
         VALUES (@title, @body, @blocks, @category, @author, @source, @url, @publishedAt, @language,
          @originalName, @originalFormat, @encoding, @originalHash, @hash)`
      )
    }
    STATEMENTS.set(db, st)
  }
  return st
}

export type InsertOutcome = { kind: 'imported'; id: number } | { kind: 'duplicate'; id: number }

/** A draft normalised for storage, with the content hash duplicates are found by. */
export interface PreparedArticle {
  draft: ArticleDraft
  title: string
  body: string
  blocks: Block[]
  hash: string
}

/** Normalises a draft once (title, NFC body and its blocks, hash); throws for an empty one. */
export function prepareArticle(draft: ArticleDraft): PreparedArticle {
  const title = clean(draft.title)
  if (!title) throw new FolioError('invalid-input', 'The article has no title.')
  const { body, blocks } = normalizeBodyAndBlocks(draft.body, draft.blocks)
  if (!body.trim()) throw new FolioError('refused', 'The article has no text.')
  validateBlocks(body, blocks)
  return { draft, title, body, blocks, hash: contentHash(title, body) }
}

/** The article with this content hash, if one is stored. */
export function findByContentHash(archive: Archive, hash: string): number | null {
  const row = statements(archive.db).byHash.get(hash) as { id: number } | undefined
  return row ? row.id : null
}

/** Stores a draft unless an article with the same content already exists. Call inside a transaction. */
export function insertArticle(
  archive: Archive,
  input: ArticleDraft | PreparedArticle,
  provenance: Provenance = {}
): InsertOutcome {
  const prepared = 'hash' in input ? input : prepareArticle(input)
  const existing = findByContentHash(archive, prepared.hash)
  if (existing !== null) return { kind: 'duplicate', id: existing }
  return { kind: 'imported', id: insertNewArticle(archive, prepared, provenance) }
}

/**
 * Stores a prepared article the caller has just looked up by its hash and not found (the importer
 * does, before it looks for a corrected copy), so the lookup is not run twice. Returns the new id; the
 * UNIQUE content hash still refuses a duplicate. Call inside a transaction.
 */
export function insertNewArticle(
  archive: Archive,
  prepared: PreparedArticle,
  provenance: Provenance = {}
): number {
  const { draft, title, body, blocks, hash } = prepared
  const info = statements(archive.db).insert.run({
    title,
    body,
    blocks: JSON.stringify(blocks),
    category: clean(draft.category),
    author: clean(draft.author),
    source: clean(draft.source),
    url: clean(draft.url ?? provenance.url),
    publishedAt: clean(draft.publishedAt),
    language: clean(draft.language),
    originalName: provenance.originalName ?? null,
    originalFormat: provenance.originalFormat ?? null,
    encoding: provenance.encoding ?? null,
    originalHash: provenance.originalHash ?? null,
    hash
  })
  return Number(info.lastInsertRowid)
}

function validateBlocks(body: string, blocks: Block[]): void {
  for (const b of blocks) {
    if (!(b.start >= 0 && b.end <= body.length && b.start < b.end)) {
      throw new FolioError('internal', `Block ${b.kind} ${b.start}:${b.end} lies outside the text.`)
    }
  }
}

export function getArticle(archive: Archive, id: number): Article {
  const r = archive.db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, a.body, a.blocks, a.original_name, a.original_format,
      a.encoding, a.original_hash, a.content_hash, a.updated_at FROM articles a WHERE a.id = ?`
    )
    .get(id) as ArticleRow | undefined
  if (!r) throw new FolioError('not-found', `There is no article ${id}.`)
  return {
    ...toSummary(r),
    body: r.body,
    blocks: JSON.parse(r.blocks) as Block[],
    originalName: r.original_name,
    originalFormat: r.original_format,
    encoding: r.encoding,
    originalHash: r.original_hash,
    contentHash: r.content_hash,
    updatedAt: r.updated_at
  }
}

export type ArticleSort = 'imported' | 'published' | 'title' | 'source'

export interface ListArticlesOptions {
  sort?: ArticleSort
  descending?: boolean
  limit?: number
  offset?: number
}

const SORT_SQL: Record<ArticleSort, string> = {
  imported: 'a.id',
  published: "coalesce(a.published_at, '')",
  title: 'a.title',
  source: "coalesce(a.source, '')"
}

export function listArticles(archive: Archive, options: ListArticlesOptions = {}): ArticleSummary[] {
  const order = SORT_SQL[options.sort ?? 'imported']
  const dir = options.descending ? 'DESC' : 'ASC'
  const rows = archive.db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY ${order} ${dir}, a.id ${dir} LIMIT ? OFFSET ?`
    )
    .all(options.limit ?? -1, options.offset ?? 0) as ArticleRow[]
  return rows.map(toSummary)
}

export function countArticles(archive: Archive): number {
  return (archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

export function deleteArticle(archive: Archive, id: number): void {
  archive.db.transaction(() => {
    const info = archive.db.prepare('DELETE FROM articles WHERE id = ?').run(id)
    if (info.changes === 0) throw new FolioError('not-found', `There is no article ${id}.`)
    // Memos point at their target loosely (no foreign key), so an article's memos go with it here.
    archive.db.prepare("DELETE FROM memos WHERE target_kind = 'article' AND target_id = ?").run(id)
  })()
}
