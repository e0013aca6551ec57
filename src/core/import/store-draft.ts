// Stores one extracted article and its log line: a new article, a duplicate, or a corrected copy of an
// article already in the archive (same file name and same title or URL), whose text is replaced and
// whose passages are re-anchored. The article and its log line always share one transaction.
import type { Archive } from '../archive'
import {
  findByContentHash,
  getArticle,
  insertNewArticle,
  prepareArticle,
  type PreparedArticle
} from '../articles/article-store'
import { inTransaction } from '../db/connection'
import { replaceArticleText } from '../passages/replace-article-text'
import type { ArticleDraft, Provenance } from '../text/model'
import { importStatements } from './import-statements'
import type { ImportOutcome } from './import-types'
import { refusedOrFailed, type StorableWork } from './prepare-file'

export interface StoreOptions {
  /** Replace this article's text with the draft instead of adding a new article. */
  replaceArticleId?: number
}

export function recordOutcome(archive: Archive, batchId: string, o: ImportOutcome): void {
  importStatements(archive.db).logOutcome.run(batchId, o.file, o.outcome, o.message, o.articleId)
}

/** Logs a failure line when the archive can still be written (not, e.g., on a full disk). */
export function recordBestEffort(archive: Archive, batchId: string, o: ImportOutcome): void {
  try {
    recordOutcome(archive, batchId, o)
  } catch {
    // the failure itself is in the outcome the caller returns
  }
}

function replaceWith(
  archive: Archive,
  id: number,
  draft: ArticleDraft,
  provenance: Provenance,
  file: string
): ImportOutcome {
  const r = replaceArticleText(archive, id, draft)
  importStatements(archive.db).setProvenance.run(
    provenance.originalName ?? null,
    provenance.originalFormat ?? null,
    provenance.encoding ?? null,
    provenance.originalHash ?? null,
    id
  )
  return {
    file,
    outcome: 'imported',
    message: `Updated article ${id} (${r.reanchored} passages re-anchored, ${r.orphaned} orphaned).`,
    articleId: id,
    title: draft.title
  }
}

/**
 * Stores a prepared article and its log line inside the caller's transaction. Throws on any failure,
 * after which the caller must roll back: an earlier statement of this article may have been written.
 */
export function storePrepared(
  archive: Archive,
  batchId: string,
  file: string,
  prepared: PreparedArticle,
  provenance: Provenance
): ImportOutcome {
  const { draft, title, hash } = prepared
  const sameId = findByContentHash(archive, hash)
  let o: ImportOutcome
  if (sameId !== null) {
    o = {
      file,
      outcome: 'duplicate',
      message: `Already in the archive as article ${sameId}.`,
      articleId: sameId,
      title
    }
  } else {
    const url = draft.url ?? provenance.url ?? null
    const corrected = provenance.originalName
      ? importStatements(archive.db).correctedTarget.get({ name: provenance.originalName, title, url })
      : undefined
    if (corrected) o = replaceWith(archive, corrected.id, draft, provenance, file)
    else {
      const id = insertNewArticle(archive, prepared, provenance)
      o = { file, outcome: 'imported', message: '', articleId: id, title }
    }
  }
  recordOutcome(archive, batchId, o)
  return o
}

export function storeDraft(
  archive: Archive,
  batchId: string,
  file: string,
  draft: ArticleDraft,
  provenance: Provenance,
  options: StoreOptions = {}
): ImportOutcome {
  return inTransaction(archive.db, () => {
    if (options.replaceArticleId == null)
      return storePrepared(archive, batchId, file, prepareArticle(draft), provenance)
    getArticle(archive, options.replaceArticleId) // a clear "There is no article N." when missing
    const o = replaceWith(archive, options.replaceArticleId, draft, provenance, file)
    recordOutcome(archive, batchId, o)
    return o
  })
}

/**
 * Stores one file's work in a transaction of its own; a failure (busy archive, full disk) becomes its
 * one outcome line, logged when the archive can still be written.
 */
export function storeAlone(archive: Archive, batchId: string, work: StorableWork): ImportOutcome {
  let outcome: ImportOutcome
  if (work.kind === 'article') {
    try {
      return inTransaction(archive.db, () =>
        storePrepared(archive, batchId, work.file, work.article, work.provenance)
      )
    } catch (e) {
      outcome = refusedOrFailed(work.file, e)
    }
  } else outcome = work.outcome
  recordBestEffort(archive, batchId, outcome)
  return outcome
}
