// Import of REFI-QDA projects (.qdpx) and codebooks (.qdc): filled in by the REFI-QDA module.
import type { Archive } from '../archive'
import type { ImportOutcome } from '../import/import-types'
import { ImportRefusal } from '../import/import-types'

/** Imports a whole project or codebook file; one outcome per source (or one for the file). */
export async function importQdaFile(_archive: Archive, _path: string, _batchId: string): Promise<ImportOutcome[]> {
  throw new ImportRefusal('REFI-QDA files cannot be imported by this version of Folio yet.')
}
