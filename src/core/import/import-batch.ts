// A batch import: expand folders, read each file, extract, store each article in its own transaction,
// and log one outcome per file. Bad files never stop the batch and never touch the archive.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Archive } from '../archive'
import { insertArticle } from '../articles/article-store'
import { inTransaction } from '../db/connection'
import { errorLine, FolioError } from '../errors'
import { bytesHash } from '../text/content-hash'
import { detectFormat } from './detect-format'
import { EXTRACTORS } from './extractors'
import {
  DEFAULT_MAX_BYTES,
  ImportRefusal,
  type BatchResult,
  type ImportOptions,
  type ImportOutcome,
  type ImportOutcomeKind
} from './import-types'
import { binarySignature, looksBinary } from './sniff'
import type { ArticleDraft, Provenance } from '../text/model'

/** Expands folders recursively (sorted, hidden files skipped); plain paths pass through as given. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = []
  const walk = (p: string): void => {
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

export function recordOutcome(archive: Archive, batchId: string, o: ImportOutcome): void {
  archive.db
    .prepare('INSERT INTO imports (batch_id, file, outcome, message, article_id) VALUES (?, ?, ?, ?, ?)')
    .run(batchId, o.file, o.outcome, o.message, o.articleId)
}

/** Stores one extracted draft and logs it, all in one transaction. */
export function storeDraft(
  archive: Archive,
  batchId: string,
  file: string,
  draft: ArticleDraft,
  provenance: Provenance
): ImportOutcome {
  return inTransaction(archive.db, () => {
    const res = insertArticle(archive, draft, provenance)
    const o: ImportOutcome =
      res.kind === 'imported'
        ? { file, outcome: 'imported', message: '', articleId: res.id, title: draft.title }
        : {
            file,
            outcome: 'duplicate',
            message: `Already in the archive as article ${res.id}.`,
            articleId: res.id,
            title: draft.title
          }
    recordOutcome(archive, batchId, o)
    return o
  })
}

function refusedOrFailed(file: string, e: unknown): ImportOutcome {
  const refused = e instanceof ImportRefusal || (e instanceof FolioError && e.code !== 'internal')
  return { file, outcome: refused ? 'refused' : 'failed', message: errorLine(e), articleId: null }
}

/** Reads and checks a file's bytes; throws ImportRefusal with a plain reason. */
export function readImportFile(path: string, maxBytes: number): Uint8Array {
  let st
  try {
    st = statSync(path)
  } catch {
    throw new ImportRefusal('No such file.')
  }
  if (st.isDirectory()) throw new ImportRefusal('This is a folder, not a file.')
  if (st.size === 0) throw new ImportRefusal('The file is empty.')
  if (st.size > maxBytes) {
    throw new ImportRefusal(
      `The file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB).`
    )
  }
  return readFileSync(path)
}

export async function importFile(
  archive: Archive,
  batchId: string,
  path: string,
  options: ImportOptions = {}
): Promise<ImportOutcome> {
  let outcome: ImportOutcome
  try {
    const bytes = readImportFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES)
    const format = detectFormat(path, bytes)
    const sig = binarySignature(bytes)
    if (format !== 'docx' && format !== 'qdpx' && (sig || looksBinary(bytes))) {
      throw new ImportRefusal(`This is not text${sig ? ` (it is a ${sig})` : ' (binary data)'}.`)
    }
    const { draft, encoding } = await EXTRACTORS[format](bytes, {
      fileName: basename(path),
      encoding: options.encoding
    })
    if (!draft.body.trim()) throw new ImportRefusal('No article text was found in the file.')
    return storeDraft(archive, batchId, path, draft, {
      originalName: basename(path),
      originalFormat: format,
      encoding,
      originalHash: bytesHash(bytes)
    })
  } catch (e) {
    outcome = refusedOrFailed(path, e)
  }
  try {
    recordOutcome(archive, batchId, outcome)
  } catch {
    // The log is best effort when the archive itself cannot be written (e.g. a full disk).
  }
  return outcome
}

export function emptyCounts(): Record<ImportOutcomeKind, number> {
  return { imported: 0, duplicate: 0, refused: 0, failed: 0 }
}

export async function importPaths(
  archive: Archive,
  paths: string[],
  options: ImportOptions = {}
): Promise<BatchResult> {
  const batchId = randomUUID()
  const files = expandPaths(paths)
  const outcomes: ImportOutcome[] = []
  const counts = emptyCounts()
  let cancelled = false
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) {
      cancelled = true
      break
    }
    options.onProgress?.({ done: i, total: files.length, current: files[i] })
    const o = await importFile(archive, batchId, files[i], options)
    outcomes.push(o)
    counts[o.outcome]++
  }
  options.onProgress?.({ done: outcomes.length, total: files.length, current: '' })
  return { batchId, outcomes, cancelled, counts }
}
