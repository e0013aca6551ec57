// Imports the shell starts itself (files dropped on the window, files from a second launch): run as
// a job through the same dispatch, with progress events and a 'job-finished' event for the page.
import { randomUUID } from 'node:crypto'
import type { BatchResult, FolioEvent } from '../shared/api-types'
import type { Dispatcher } from '../host/dispatch/dispatcher'

export async function importFromShell(
  dispatcher: Pick<Dispatcher, 'dispatch'>,
  emit: (event: FolioEvent) => void,
  paths: string[]
): Promise<BatchResult | null> {
  if (paths.length === 0) return null
  const jobId = randomUUID()
  const reply = await dispatcher.dispatch('importPaths', { paths, jobId })
  if (!reply.ok) return null
  const result = reply.value as BatchResult
  emit({ type: 'job-finished', jobId, result })
  return result
}
