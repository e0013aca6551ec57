// One file → the work of storing it, without touching the archive: read and check the bytes, extract
// and normalise the article. Text, Markdown and HTML are done here synchronously, so a bulk import can
// prepare them inside its open transaction without awaiting anything; DOCX and REFI-QDA go async.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { prepareArticle, type PreparedArticle } from '../articles/article-store'
import { errorLine, FolioError } from '../errors'
import { bytesHash } from '../text/content-hash'
import type { Provenance } from '../text/model'
import { detectFormat, type SourceFormat } from './detect-format'
import {
  EXTRACTORS,
  isSyncFormat,
  SYNC_EXTRACTORS,
  type ArticleFormat,
  type ExtractContext,
  type Extracted
} from './extractors'
import { DEFAULT_MAX_BYTES, ImportRefusal, type ImportOptions, type ImportOutcome } from './import-types'
import { binarySignature, looksBinary } from './sniff'

/** An article ready to store (normalised, hashed), with where it came from. */
export interface ArticleWork {
  kind: 'article'
  file: string
  article: PreparedArticle
  provenance: Provenance
}

/** A file's bytes, already read and checked, and the format they were recognised as. */
export interface ReadFile {
  bytes: Uint8Array
  format: SourceFormat
}

/** What importing one file comes to before the archive is touched. */
export type FileWork =
  | ArticleWork
  /** Refused or failed already; only its log line is left to write. */
  | { kind: 'outcome'; outcome: ImportOutcome }
  /** A format whose reading awaits (DOCX) or that has its own importer (REFI-QDA): imported alone. */
  | { kind: 'async'; file: string; read: ReadFile }

/** Work the importer can store without awaiting anything. */
export type StorableWork = Exclude<FileWork, { kind: 'async' }>

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

function refuseBinary(format: ArticleFormat, bytes: Uint8Array): void {
  if (format !== 'docx' && (binarySignature(bytes) || looksBinary(bytes))) {
    const sig = binarySignature(bytes)
    throw new ImportRefusal(`This is not text${sig ? ` (it is a ${sig})` : ' (binary data)'}.`)
  }
}

function refuseEmpty(extracted: Extracted): Extracted {
  if (!extracted.draft.body.trim()) throw new ImportRefusal('No article text was found in the file.')
  return extracted
}

/** Runs the extractor for already-read bytes; refuses binary data and drafts without text. */
export async function extractArticle(
  format: ArticleFormat,
  bytes: Uint8Array,
  ctx: ExtractContext
): Promise<Extracted> {
  refuseBinary(format, bytes)
  return refuseEmpty(await EXTRACTORS[format](bytes, ctx))
}

/** Where a file's article came from, as stored with it. */
export function fileProvenance(
  file: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  encoding: string | null
): Provenance {
  return { originalName: basename(file), originalFormat: format, encoding, originalHash: bytesHash(bytes) }
}

/** The article of a file already extracted, normalised and hashed, ready to store. */
export function articleWork(
  file: string,
  format: ArticleFormat,
  bytes: Uint8Array,
  x: Extracted
): ArticleWork {
  const provenance = fileProvenance(file, format, bytes, x.encoding)
  return { kind: 'article', file, article: prepareArticle(x.draft), provenance }
}

/** Reads, extracts and prepares one file now; every failure becomes its outcome line. */
export function prepareFile(path: string, options: ImportOptions = {}): FileWork {
  try {
    const bytes = readImportFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES)
    const format = detectFormat(path, bytes)
    if (format === 'qdpx' || format === 'qdc' || !isSyncFormat(format)) {
      return { kind: 'async', file: path, read: { bytes, format } }
    }
    refuseBinary(format, bytes)
    const ctx = { fileName: basename(path), encoding: options.encoding }
    return articleWork(path, format, bytes, refuseEmpty(SYNC_EXTRACTORS[format](bytes, ctx)))
  } catch (e) {
    return { kind: 'outcome', outcome: refusedOrFailed(path, e) }
  }
}
