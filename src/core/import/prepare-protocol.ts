// Messages and shared memory between a bulk import and its preparing worker (prepare-ahead.ts,
// prepare-worker.ts).
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

/** Int32 slots of the shared memory: files the worker finished, then one claim per file. */
export const DONE = 0
export const CLAIMS_FROM = 1
/** Who claimed a file (0: nobody yet). */
export const CLAIM_IMPORTER = 1
export const CLAIM_WORKER = 2
