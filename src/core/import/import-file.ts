// One file alone → outcomes: read and check the bytes, pick the extractor, store the article in its own
// transaction (or hand a REFI-QDA project to its importer). Every failure becomes one plain line and
// leaves the archive untouched. Bulk imports of text formats go through import-group.ts instead.
import { basename } from 'node:path'
import type { Archive } from '../archive'
import { importQdaFile } from '../exchange/import-qda'
import { DEFAULT_MAX_BYTES, ImportRefusal, type ImportOptions, type ImportOutcome } from './import-types'
import { importStatements } from './import-statements'
import { detectFormat } from './detect-format'
import {
  articleWork,
  extractArticle,
  fileProvenance,
  readImportFile,
  refusedOrFailed,
  type ReadFile
} from './prepare-file'
import { recordOutcome, storeAlone, storeDraft } from './store-draft'

async function importQda(archive: Archive, batchId: string, path: string): Promise<ImportOutcome[]> {
  const st = importStatements(archive.db)
  const before = st.logCount.get(batchId, path)?.n ?? 0
  const outcomes = await importQdaFile(archive, path, batchId)
  // The QDA importer may log its own outcomes; log them here only if it did not.
  if ((st.logCount.get(batchId, path)?.n ?? 0) === before)
    outcomes.forEach((o) => recordOutcome(archive, batchId, o))
  return outcomes
}

/**
 * Imports one file; usually one outcome, several for a REFI-QDA project. All are in the batch log.
 * `read`: the file's bytes and format when the caller has read them already (a bulk import has).
 */
export async function importFileOutcomes(
  archive: Archive,
  batchId: string,
  path: string,
  options: ImportOptions = {},
  read?: ReadFile
): Promise<ImportOutcome[]> {
  let outcome: ImportOutcome
  try {
    const bytes = read?.bytes ?? readImportFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES)
    const format = read?.format ?? detectFormat(path, bytes)
    if (format === 'qdpx' || format === 'qdc') {
      const outcomes = await importQda(archive, batchId, path)
      if (outcomes.length) return outcomes
      throw new ImportRefusal('The REFI-QDA file holds nothing to import.')
    }
    const extracted = await extractArticle(format, bytes, {
      fileName: basename(path),
      encoding: options.encoding
    })
    if (options.replaceArticleId == null)
      return [storeAlone(archive, batchId, articleWork(path, format, bytes, extracted))]
    const provenance = fileProvenance(path, format, bytes, extracted.encoding)
    return [
      storeDraft(archive, batchId, path, extracted.draft, provenance, {
        replaceArticleId: options.replaceArticleId
      })
    ]
  } catch (e) {
    outcome = refusedOrFailed(path, e)
  }
  return [storeAlone(archive, batchId, { kind: 'outcome', outcome })]
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
