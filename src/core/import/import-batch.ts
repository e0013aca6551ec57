// A batch import: expand folders, import each file or link, one outcome per file in the batch log,
// progress before each, cancellable between files. Bad files never stop the batch or touch the archive.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { afterBulkCommit, withBulkCheckpoints } from './bulk-checkpoint'
import { importFileOutcomes } from './import-file'
import { ImportGroup } from './import-group'
import { importUrl, isLink } from './import-url'
import { PrepareAhead } from './prepare-ahead'
import { prepareFile, type FileWork } from './prepare-file'
import type { BatchResult, ImportOptions, ImportOutcome, ImportOutcomeKind } from './import-types'

export { importFile } from './import-file'
export { readImportFile } from './prepare-file'
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

/**
 * Lets the event loop run (IPC, HTTP, timers, a Cancel) between files: at most every 30 ms, or now when
 * asked (after a group commits, so requests are served between groups however fast they go).
 */
function makeYielder(): (now?: boolean) => Promise<void> {
  let last = Date.now()
  return async (now = false) => {
    if (!now && Date.now() - last < 30) return
    await new Promise((r) => setImmediate(r))
    last = Date.now()
  }
}

/**
 * Defaults for a bulk import's groups: a commit every 40 ms keeps a Cancel click and other requests
 * answered at once. (100 ms groups imported about 10 % faster in the benchmark — fewer, larger FTS5
 * segments — but the import's progress then reached the page in bursts the UI test could not act on.)
 */
const DEFAULT_GROUP_FILES = 500
const DEFAULT_GROUP_MS = 40

interface Run {
  outcomes: ImportOutcome[]
  /** Files whose import was started (the rest were cancelled). */
  processed: number
  cancelled: boolean
}

async function importEach(
  archive: Archive,
  batchId: string,
  files: string[],
  options: ImportOptions
): Promise<Run> {
  const run: Run = { outcomes: [], processed: 0, cancelled: false }
  const take = (got: ImportOutcome[]): void => {
    for (const o of got) run.outcomes.push(o)
  }
  // Text, Markdown and HTML files are stored synchronously in groups (see import-group.ts), prepared
  // ahead on a worker thread when there are many (prepare-ahead.ts); links, DOCX, REFI-QDA and
  // replacements are imported alone, after the open group has committed.
  const group = new ImportGroup(archive, batchId, {
    maxFiles: Math.max(1, Math.floor(options.articlesPerTransaction ?? DEFAULT_GROUP_FILES)),
    maxMs: options.commitEveryMs ?? DEFAULT_GROUP_MS
  })
  const pause = makeYielder()
  const ahead =
    options.replaceArticleId == null
      ? PrepareAhead.start(files, { maxBytes: options.maxBytes, encoding: options.encoding })
      : null
  const prepare = (i: number): FileWork => (ahead ? ahead.work(i) : prepareFile(files[i], options))
  try {
    for (let i = 0; i < files.length; i++) {
      options.onProgress?.({ done: i, total: files.length, current: files[i] })
      if (options.signal?.aborted) {
        run.cancelled = true
        break
      }
      const file = files[i]
      const work = isLink(file) || options.replaceArticleId != null ? null : prepare(i)
      if (work && work.kind !== 'async') group.add(work)
      else {
        take(group.commit()) // never hold the write lock across an await (a download, a DOCX)
        take(
          isLink(file)
            ? [await importUrl(archive, file, { ...options, batchId })]
            : await importFileOutcomes(
                archive,
                batchId,
                file,
                options,
                work?.kind === 'async' ? work.read : undefined
              )
        )
        afterBulkCommit(archive.db) // files imported alone grow the WAL too
      }
      run.processed++
      if (group.due) {
        take(group.commit())
        await pause(true)
      } else if (group.empty) await pause()
    }
  } finally {
    ahead?.close()
    take(group.commit())
  }
  return run
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
  const run = await withBulkCheckpoints(archive.db, () => importEach(archive, batchId, files, options))
  options.onProgress?.({ done: run.processed, total: files.length, current: '' })
  const counts = emptyCounts()
  for (const o of run.outcomes) counts[o.outcome]++
  return { batchId, outcomes: run.outcomes, cancelled: run.cancelled, counts }
}
