// A batch import: expand folders, import each file or link, one outcome per file in the batch log,
// progress after each, cancellable between files. Bad files never stop the batch or touch the archive.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { importFileOutcomes } from './import-file'
import { importUrl, isLink } from './import-url'
import type { BatchResult, ImportOptions, ImportOutcome, ImportOutcomeKind } from './import-types'

export { importFile, readImportFile } from './import-file'
export { recordOutcome, storeDraft } from './store-draft'
export { importUrl } from './import-url'

/** Expands folders recursively (sorted, hidden files skipped); plain paths and links pass through. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = []
  const walk = (p: string): void => {
    if (isLink(p)) {
      out.push(p)
      return
    }
    let st
    try {
      st = statSync(p)
    } catch {
      out.push(p) // reported as missing when it is imported
      return
    }
    if (!st.isDirectory()) {
      out.push(p)
      return
    }
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.')) continue
      walk(join(p, name))
    }
  }
  paths.forEach(walk)
  return out
}

export function emptyCounts(): Record<ImportOutcomeKind, number> {
  return { imported: 0, duplicate: 0, refused: 0, failed: 0 }
}

/** Lets the event loop run (IPC, HTTP, timers) between files, at most every 30 ms. */
function makeYielder(): () => Promise<void> {
  let last = Date.now()
  return async () => {
    if (Date.now() - last < 30) return
    await new Promise((r) => setImmediate(r))
    last = Date.now()
  }
}

export async function importPaths(
  archive: Archive,
  paths: string[],
  options: ImportOptions = {}
): Promise<BatchResult> {
  const batchId = randomUUID()
  const files = expandPaths(paths)
  if (options.replaceArticleId != null && files.length !== 1) {
    throw new FolioError('invalid-input', 'Replacing an article needs exactly one file or link.')
  }
  const outcomes: ImportOutcome[] = []
  const counts = emptyCounts()
  // One transaction per article by default: a busy archive or a full disk then costs only that article
  // (one clear line) and the event loop gets a turn between articles, so a UI stays responsive. Callers
  // that own the archive alone may group commits (faster: FTS5 flushes once per commit).
  const perTx = Math.max(1, Math.floor(options.articlesPerTransaction ?? 1))
  const db = archive.db
  const pause = makeYielder()
  let open = 0 // articles in the open bulk transaction
  const commit = (): void => {
    if (db.inTransaction) db.exec('COMMIT')
    open = 0
  }
  let cancelled = false
  let processed = 0
  try {
    for (let i = 0; i < files.length; i++) {
      options.onProgress?.({ done: i, total: files.length, current: files[i] })
      if (options.signal?.aborted) {
        cancelled = true
        break
      }
      if (perTx > 1 && !db.inTransaction) db.exec('BEGIN IMMEDIATE')
      const link = isLink(files[i])
      if (link) commit() // never hold the write lock across a download
      const got = link
        ? [await importUrl(archive, files[i], { ...options, batchId })]
        : await importFileOutcomes(archive, batchId, files[i], options)
      processed++
      for (const o of got) {
        outcomes.push(o)
        counts[o.outcome]++
      }
      if (perTx > 1 && ++open >= perTx) commit()
      if (open === 0) await pause()
    }
  } finally {
    commit()
  }
  options.onProgress?.({ done: processed, total: files.length, current: '' })
  return { batchId, outcomes, cancelled, counts }
}
