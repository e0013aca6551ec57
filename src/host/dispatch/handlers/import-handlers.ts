// Import of paths, uploaded files and links, as cancellable jobs with progress events.
import { randomUUID } from 'node:crypto'
import { emptyCounts, importPaths } from '../../../core/import/import-batch'
import { importUrl } from '../../../core/import/import-url'
import type { BatchResult, ImportOutcome } from '../../../shared/api-types'
import type { PartialHandlers } from '../handler-types'
import { withUploadedFiles } from '../uploaded-files'

export const importHandlers: PartialHandlers = {
  importPaths: ({ paths, encoding }, { archive, job }): Promise<BatchResult> =>
    importPaths(archive, paths, {
      encoding,
      signal: job.signal,
      onProgress: (p) => job.progress(p.done, p.total, p.current)
    }),

  // Uploaded bytes go through a private temporary folder under their own names, so the importer sees
  // exactly what it would see on disk; the outcomes name the files as the user knows them.
  importFiles: ({ files, encoding }, { archive, job }) =>
    withUploadedFiles(files, async (paths, nameOf) => {
      const result = await importPaths(archive, paths, {
        encoding,
        signal: job.signal,
        onProgress: (p) => job.progress(p.done, p.total, nameOf(p.current))
      })
      return { ...result, outcomes: result.outcomes.map((o) => ({ ...o, file: nameOf(o.file) })) }
    }),

  // One batch for all links; each link gets its own outcome, a failure never stops the others.
  importUrls: async ({ urls }, { archive, job }): Promise<BatchResult> => {
    const batchId = randomUUID()
    const outcomes: ImportOutcome[] = []
    const counts = emptyCounts()
    let cancelled = false
    for (const [i, url] of urls.entries()) {
      if (job.signal.aborted) {
        cancelled = true
        break
      }
      job.progress(i, urls.length, url)
      const o = await importUrl(archive, url, { batchId, signal: job.signal })
      outcomes.push(o)
      counts[o.outcome]++
    }
    job.progress(outcomes.length, urls.length, '')
    return { batchId, outcomes, cancelled, counts }
  },

  cancelJob: ({ jobId }, ctx) => ({ cancelled: ctx.cancelJob(jobId) })
}
