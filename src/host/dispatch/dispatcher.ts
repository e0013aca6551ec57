// The one dispatch both shells use: method name → schema check → core → plain result or {code, message}.
// Unknown methods and invalid input are answered before any handler (and so the archive) is touched.
import { randomUUID } from 'node:crypto'
import type { Archive } from '../../core/archive'
import type { ApiMethod } from '../../shared/api'
import type { FolioEvent } from '../../shared/api-types'
import { isApiMethod } from '../../shared/api-methods'
import type { IpcReply } from '../../shared/ipc-channels'
import { describeIssues, schemas } from '../../shared/schemas'
import type { HandlerContext, HandlerTable, JobHandle, ShellServices } from './handler-types'
import { HANDLERS } from './handler-table'
import { JobRegistry } from './job-registry'
import { toApiErrorData } from './to-api-error'

/** Methods that run as jobs: progress events and cancel by jobId. */
export const JOB_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'importPaths',
  'importFiles',
  'importUrls',
  'exportThemeBrief',
  'exportQdpx'
])

export interface DispatcherOptions {
  /** The archive open right now (File → Open archive… may change it between calls). */
  archive: () => Archive
  shell: ShellServices
  emit: (event: FolioEvent) => void
  /** Replaces the handler table (tests). */
  handlers?: HandlerTable
}

export interface Dispatcher {
  dispatch(method: string, input: unknown): Promise<IpcReply>
  cancelAll(): void
  /** Jobs running now. */
  readonly runningJobs: number
}

const idle = new AbortController().signal

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const jobs = new JobRegistry()
  const handlers = options.handlers ?? HANDLERS

  async function dispatch(method: string, raw: unknown): Promise<IpcReply> {
    if (typeof method !== 'string' || !isApiMethod(method)) {
      return {
        ok: false,
        error: { code: 'unknown-method', message: `Folio has no method "${String(method)}".` }
      }
    }
    const parsed = schemas[method].safeParse(raw === null ? undefined : raw)
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } }
    }
    const input = parsed.data as { jobId?: string } | undefined
    const isJob = JOB_METHODS.has(method)
    const jobId = (isJob && input?.jobId) || randomUUID()
    let controller: AbortController | null = null
    if (isJob) {
      try {
        controller = jobs.start(jobId)
      } catch (e) {
        return { ok: false, error: { code: 'conflict', message: (e as Error).message } }
      }
    }
    const job: JobHandle = {
      jobId,
      signal: controller?.signal ?? idle,
      progress: (done, total, current) => options.emit({ type: 'progress', jobId, done, total, current })
    }
    try {
      const ctx: HandlerContext = {
        archive: options.archive(),
        shell: options.shell,
        job,
        emit: options.emit,
        cancelJob: (id) => jobs.cancel(id)
      }
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown
      const value = await handler(parsed.data, ctx)
      return { ok: true, value: value === undefined ? null : value }
    } catch (e) {
      return { ok: false, error: toApiErrorData(e) }
    } finally {
      if (controller) jobs.finish(jobId)
    }
  }

  return {
    dispatch,
    cancelAll: () => jobs.cancelAll(),
    get runningJobs() {
      return jobs.size
    }
  }
}
