// Runs an import job (files by content, paths on the desktop, or links) and follows its progress events.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { BatchResult, ProgressEvent, UploadedFile } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useInvalidate } from '../../api/use-folio'
import { newJobId } from '../../lib/format'

export type ImportRequest =
  { kind: 'files'; files: File[] } | { kind: 'paths'; paths: string[] } | { kind: 'urls'; urls: string[] }

export interface ImportJob {
  running: boolean
  progress: ProgressEvent | null
  result: BatchResult | null
  error: unknown
  start(request: ImportRequest): Promise<BatchResult | null>
  cancel(): void
}

async function upload(files: File[]): Promise<UploadedFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.webkitRelativePath || f.name,
      bytes: new Uint8Array(await f.arrayBuffer())
    }))
  )
}

export function useImport(): ImportJob {
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [result, setResult] = useState<BatchResult | null>(null)
  const [error, setError] = useState<unknown>(null)
  const jobRef = useRef<string | null>(null)
  const invalidate = useInvalidate()

  // Progress can arrive hundreds of times a second; the bar redraws at most ten times a second so the
  // page stays responsive (the Cancel button must answer at once).
  useEffect(() => {
    let latest: ProgressEvent | null = null
    let timer: ReturnType<typeof setTimeout> | null = null
    const off = folioApi().onEvent((e) => {
      if (e.type !== 'progress' || e.jobId !== jobRef.current) return
      latest = e
      timer ??= setTimeout(() => {
        timer = null
        if (latest && latest.jobId === jobRef.current) setProgress(latest)
      }, 100)
    })
    return () => {
      off()
      if (timer) clearTimeout(timer)
    }
  }, [])

  const start = useCallback(
    async (request: ImportRequest) => {
      const jobId = newJobId()
      jobRef.current = jobId
      setRunning(true)
      setError(null)
      setResult(null)
      const total =
        request.kind === 'files'
          ? request.files.length
          : request.kind === 'paths'
            ? request.paths.length
            : request.urls.length
      setProgress({ type: 'progress', jobId, done: 0, total, current: '' })
      try {
        const api = folioApi()
        const r =
          request.kind === 'files'
            ? await api.importFiles({ files: await upload(request.files), jobId })
            : request.kind === 'paths'
              ? await api.importPaths({ paths: request.paths, jobId })
              : await api.importUrls({ urls: request.urls, jobId })
        setResult(r)
        invalidate([qk.articles, qk.search, qk.analysis, qk.suggestions])
        return r
      } catch (e) {
        setError(e)
        return null
      } finally {
        jobRef.current = null
        setRunning(false)
        setProgress(null)
      }
    },
    [invalidate]
  )

  const cancel = useCallback(() => {
    const jobId = jobRef.current
    if (jobId) void folioApi().cancelJob({ jobId })
  }, [])

  return { running, progress, result, error, start, cancel }
}
