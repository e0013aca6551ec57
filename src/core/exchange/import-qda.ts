// Import of REFI-QDA projects (.qdpx) and codebooks (.qdc): read in memory, parse strictly, check
// everything, then write it all in ONE transaction, so bad input leaves the archive exactly as it was.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { ImportRefusal, type ImportOutcome } from '../import/import-types'
import { recordOutcome } from './exchange-rows'
import { applyProject } from './import-project'
import type { CodebookMerge } from './merge-codebook'
import { parseQdaXml } from './parse-project'
import { readZipEntries } from './safe-unzip'

/** A .qdpx may carry PDFs and media Folio skips; the file itself may be this large. */
export const MAX_QDA_FILE_BYTES = 512 * 1024 * 1024

const decoder = new TextDecoder('utf-8', { fatal: true })

function decodeXml(bytes: Uint8Array, what: string): string {
  try {
    return decoder.decode(bytes)
  } catch {
    throw new ImportRefusal(`${what} is not UTF-8 XML.`)
  }
}

function readBytes(path: string): Uint8Array {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw new ImportRefusal('This is a folder, not a file.')
    size = st.size
  } catch (e) {
    if (e instanceof ImportRefusal) throw e
    throw new ImportRefusal('No such file.')
  }
  if (size === 0) throw new ImportRefusal('The file is empty.')
  if (size > MAX_QDA_FILE_BYTES) throw new ImportRefusal('The project file is too large for Folio to read.')
  return readFileSync(path)
}

function codebookSummary(m: CodebookMerge): string {
  const parts = [`${m.added} theme${m.added === 1 ? '' : 's'} added`]
  if (m.matched.length) {
    parts.push(`${m.matched.length} mapped onto existing themes of the same name (${m.matched.join(', ')})`)
  }
  if (m.renamed.length) parts.push(`renamed because the file uses a name twice: ${m.renamed.join(', ')}`)
  return `Codebook: ${parts.join('; ')}.`
}

/** Imports a whole project or codebook from bytes; one outcome per source (or one for the file). */
export function importQdaBytes(archive: Archive, bytes: Uint8Array, file: string): ImportOutcome[] {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b
  const name = basename(file)
  let entries = new Map<string, Uint8Array>()
  let xml: string
  if (/\.qdc$/i.test(file) && !isZip) {
    xml = decodeXml(bytes, name)
  } else {
    entries = readZipEntries(bytes, (n) => n === 'project.qde' || /^sources\/[^/]+\.txt$/i.test(n))
    const qde = entries.get('project.qde')
    if (!qde) throw new ImportRefusal('This is not a REFI-QDA project: the zip holds no project.qde.')
    xml = decodeXml(qde, 'project.qde')
  }
  const project = parseQdaXml(xml, isZip ? 'project.qde' : name)
  return inTransaction(archive.db, () => {
    const { outcomes, codebook } = applyProject(archive, project, entries, file)
    const summary = codebookSummary(codebook)
    const first = outcomes.find((o) => o.outcome !== 'refused')
    if (first) first.message = `${summary} ${first.message}`
    else outcomes.unshift({ file, outcome: 'imported', message: summary, articleId: null })
    return outcomes
  })
}

/**
 * Imports a .qdpx or .qdc file. Outcomes are written to the batch log here, in the same transaction as
 * the data; a refused file throws ImportRefusal (nothing written) for the caller to log.
 */
export async function importQdaFile(
  archive: Archive,
  path: string,
  batchId: string
): Promise<ImportOutcome[]> {
  const bytes = readBytes(path)
  return inTransaction(archive.db, () => {
    const outcomes = importQdaBytes(archive, bytes, path)
    for (const o of outcomes) recordOutcome(archive, batchId, o)
    return outcomes
  })
}
