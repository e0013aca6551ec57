// Messages between a bulk import and its preparing worker (prepare-ahead.ts, prepare-worker.ts).
import type { FileWork } from './prepare-file'
import type { ImportOptions } from './import-types'

/** Files to prepare, by their index in the import. */
export type PrepareRequest = { index: number; file: string }[]

export interface PrepareResult {
  index: number
  work: FileWork
}

/** The options preparing a file needs; the rest (callbacks, a signal) cannot cross threads. */
export type PrepareOptions = Pick<ImportOptions, 'maxBytes' | 'encoding'>
