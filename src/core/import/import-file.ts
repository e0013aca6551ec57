// One file → outcomes: read and check the bytes, pick the extractor, store the article (or hand a
// REFI-QDA project to its importer). Every failure becomes one plain line; the archive is untouched.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { Archive } from '../archive'
import { errorLine, FolioError } from '../errors'
import { importQdaFile } from '../exchange/import-qda'
import { bytesHash } from '../text/content-hash'
import { detectFormat } from './detect-format'
import { EXTRACTORS, type ArticleFormat, type Extracted } from './extractors'
import { DEFAULT_MAX_BYTES, ImportRefusal, type ImportOptions, type ImportOutcome } from './import-types'
import { importStatements } from './import-statements'
import { binarySignature, looksBinary } from './sniff'
import { recordOutcome, storeDraft } from './store-draft'

export function refusedOrFailed(file: string, e: unknown): ImportOutcome {
  const refused =
    e instanceof ImportRefusal ||
    (e instanceof FolioError && e.code !== 'internal' && e.code !== 'network' && e.code !== 'io')
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

/** Runs the extractor for already-read bytes; refuses drafts without text. */
export async function extractArticle(
  format: ArticleFormat,
  bytes: Uint8Array,
  ctx: { fileName: string; encoding?: string; url?: string; httpCharset?: string | null }
): Promise<Extracted> {
  if (format !== 'docx' && (binarySignature(bytes) || looksBinary(bytes))) {
    const sig = binarySignature(bytes)
    throw new ImportRefusal(`This is not text${sig ? ` (it is a ${sig})` : ' (binary data)'}.`)
  }
  const extracted = await EXTRACTORS[format](bytes, ctx)
  if (!extracted.draft.body.trim()) throw new ImportRefusal('No article text was found in the file.')
  return extracted
}

async function importQda(archive: Archive, batchId: string, path: string): Promise<ImportOutcome[]> {
  const st = importStatements(archive.db)
  const before = st.logCount.get(batchId, path)?.n ?? 0
  const outcomes = await importQdaFile(archive, path, batchId)
  // The QDA importer may log its own outcomes; log them here only if it did not.
  if ((st.logCount.get(batchId, path)?.n ?? 0) === before)
    outcomes.forEach((o) => recordOutcome(archive, batchId, o))
  return outcomes
}

/** Imports one file; usually one outcome, several for a REFI-QDA project. All are in the batch log. */
export async function importFileOutcomes(
  archive: Archive,
  batchId: string,
  path: string,
  options: ImportOptions = {}
): Promise<ImportOutcome[]> {
  let outcome: ImportOutcome
  try {
    const bytes = readImportFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES)
    const format = detectFormat(path, bytes)
    if (format === 'qdpx' || format === 'qdc') {
      const outcomes = await importQda(archive, batchId, path)
      if (outcomes.length) return outcomes
      throw new ImportRefusal('The REFI-QDA file holds nothing to import.')
    }
    const { draft, encoding } = await extractArticle(format, bytes, {
      fileName: basename(path),
      encoding: options.encoding
    })
    return [
      storeDraft(
        archive,
        batchId,
        path,
        draft,
        { originalName: basename(path), originalFormat: format, encoding, originalHash: bytesHash(bytes) },
        { replaceArticleId: options.replaceArticleId }
      )
    ]
  } catch (e) {
    outcome = refusedOrFailed(path, e)
  }
  try {
    recordOutcome(archive, batchId, outcome)
  } catch {
    // The log is best effort when the archive itself cannot be written (e.g. a full disk).
  }
  return [outcome]
}

/** Imports one file and returns its (first) outcome. */
export async function importFile(
  archive: Archive,
  batchId: string,
  path: string,
  options: ImportOptions = {}
): Promise<ImportOutcome> {
  return (await importFileOutcomes(archive, batchId, path, options))[0]
}
