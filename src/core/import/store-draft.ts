// Stores one extracted article and its log line in one transaction: a new article, a duplicate, or a
// corrected copy of an article already in the archive (same file name and same title or URL), whose
// text is replaced and whose passages are re-anchored.
import type { Archive } from '../archive'
import { findByContentHash, getArticle, insertArticle, prepareArticle } from '../articles/article-store'
import { inTransaction } from '../db/connection'
import { replaceArticleText } from '../passages/replace-article-text'
import type { ArticleDraft, Provenance } from '../text/model'
import { importStatements } from './import-statements'
import type { ImportOutcome } from './import-types'

export interface StoreOptions {
  /** Replace this article's text with the draft instead of adding a new article. */
  replaceArticleId?: number
}

export function recordOutcome(archive: Archive, batchId: string, o: ImportOutcome): void {
  importStatements(archive.db).logOutcome.run(batchId, o.file, o.outcome, o.message, o.articleId)
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

export function storeDraft(
  archive: Archive,
  batchId: string,
  file: string,
  draft: ArticleDraft,
  provenance: Provenance,
  options: StoreOptions = {}
): ImportOutcome {
  const st = importStatements(archive.db)
  return inTransaction(archive.db, () => {
    let o: ImportOutcome
    if (options.replaceArticleId != null) {
      getArticle(archive, options.replaceArticleId) // a clear "There is no article N." when missing
      o = replaceWith(archive, options.replaceArticleId, draft, provenance, file)
    } else {
      const prepared = prepareArticle(draft)
      const title = prepared.title
      const sameId = findByContentHash(archive, prepared.hash)
      const same = sameId === null ? undefined : { id: sameId }
      const url = draft.url ?? provenance.url ?? null
      const corrected =
        !same && provenance.originalName
          ? st.correctedTarget.get({ name: provenance.originalName, title, url })
          : undefined
      if (same) {
        o = {
          file,
          outcome: 'duplicate',
          message: `Already in the archive as article ${same.id}.`,
          articleId: same.id,
          title
        }
      } else if (corrected) {
        o = replaceWith(archive, corrected.id, draft, provenance, file)
      } else {
        const res = insertArticle(archive, prepared, provenance)
        o =
          res.kind === 'imported'
            ? { file, outcome: 'imported', message: '', articleId: res.id, title }
            : {
                file,
                outcome: 'duplicate',
                message: `Already in the archive as article ${res.id}.`,
                articleId: res.id,
                title
              }
      }
    }
    st.logOutcome.run(batchId, o.file, o.outcome, o.message, o.articleId)
    return o
  })
}
