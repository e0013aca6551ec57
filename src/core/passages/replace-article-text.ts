// Replacing an article's text with a corrected copy (a re-import of a better version, a typo fix),
// re-anchoring its passages: those that can be placed follow the text, the others become orphans.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { contentHash } from '../text/content-hash'
import type { ArticleDraft } from '../text/model'
import { normalizeText } from '../text/normalize'
import { reanchorArticlePassages } from './reanchor-passages'

export interface ReplaceResult {
  articleId: number
  /** Passages placed in the new text. */
  reanchored: number
  /** Of those, passages whose range or words changed. */
  moved: number
  /** Passages that could not be placed: kept with status 'orphan' for review. */
  orphaned: number
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null
  const v = normalizeText(value).replace(/\s+/g, ' ').trim()
  return v || null
}

/**
 * Updates title, body, blocks and metadata of article `articleId` from `draft` and re-anchors its
 * passages. Runs inside the caller's transaction when there is one (the importer's), else in its own.
 * Metadata the draft leaves out (undefined) keeps its stored value.
 */
export function replaceArticleText(archive: Archive, articleId: number, draft: ArticleDraft): ReplaceResult {
  return inTransaction(archive.db, () => {
    const db = archive.db
    if (!db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
      throw new FolioError('not-found', `There is no article ${articleId}.`)
    }
    const title = clean(draft.title)
    if (!title) throw new FolioError('invalid-input', 'The corrected article has no title.')
    const body = normalizeText(draft.body)
    if (!body.trim()) throw new FolioError('refused', 'The corrected article has no text.')
    for (const b of draft.blocks) {
      if (!(b.start >= 0 && b.end <= body.length && b.start < b.end)) {
        throw new FolioError('internal', `Block ${b.kind} ${b.start}:${b.end} lies outside the text.`)
      }
    }
    const hash = contentHash(title, body)
    const clash = db
      .prepare('SELECT id FROM articles WHERE content_hash = ? AND id != ?')
      .get(hash, articleId) as { id: number } | undefined
    if (clash)
      throw new FolioError(
        'duplicate',
        `The corrected text is already in the archive as article ${clash.id}.`
      )
    const keep = (v: string | null | undefined, column: string): string | null =>
      v === undefined
        ? (
            db.prepare(`SELECT ${column} AS v FROM articles WHERE id = ?`).get(articleId) as {
              v: string | null
            }
          ).v
        : clean(v)
    db.prepare(
      `UPDATE articles SET title = ?, body = ?, blocks = ?, category = ?, author = ?, source = ?, url = ?,
         published_at = ?, language = ?, content_hash = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
       WHERE id = ?`
    ).run(
      title,
      body,
      JSON.stringify(draft.blocks),
      keep(draft.category, 'category'),
      keep(draft.author, 'author'),
      keep(draft.source, 'source'),
      keep(draft.url, 'url'),
      keep(draft.publishedAt, 'published_at'),
      keep(draft.language, 'language'),
      hash,
      articleId
    )
    const counts = reanchorArticlePassages(archive, articleId, body)
    return { articleId, ...counts }
  })
}
