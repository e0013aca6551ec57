// What a dispatch handler is given and must return; the services each shell provides.
import type { Archive } from '../../core/archive'
import type { ApiMethod, ApiOutput } from '../../shared/api'
import type { AppInfo, ExportFile, FolioEvent } from '../../shared/api-types'
import { ApiError } from '../../shared/api-error'
import type { ValidInput } from '../../shared/schemas'

/** Things only a shell can do. The web host provides none of the optional ones. */
export interface ShellServices {
  appInfo: AppInfo
  pickImportPaths?(kind: 'files' | 'folder'): Promise<string[]>
  pickFolder?(title?: string): Promise<string | null>
  saveFile?(file: ExportFile): Promise<string | null>
  openExternal?(url: string): Promise<boolean>
}

/** A long job's handle: its id, its cancel signal, and the way it reports progress. */
export interface JobHandle {
  jobId: string
  signal: AbortSignal
  progress(done: number, total: number, current: string): void
}

export interface HandlerContext {
  archive: Archive
  shell: ShellServices
  job: JobHandle
  emit(event: FolioEvent): void
  /** Cancels a running job by id; false when no such job runs. */
  cancelJob(jobId: string): boolean
}

export type Handler<M extends ApiMethod> = (
  input: ValidInput<M>,
  ctx: HandlerContext
) => ApiOutput<M> | Promise<ApiOutput<M>>

export type HandlerTable = { [M in ApiMethod]: Handler<M> }
export type PartialHandlers = { [M in ApiMethod]?: Handler<M> }

/** Marks a handler that has no core function behind it yet; the reason is what the caller sees. */
export const UNWIRED = Symbol('unwired')

export function unwired(reason: string): Handler<ApiMethod> & { [UNWIRED]: string } {
  const h = (() => {
    throw new ApiError('unavailable', reason)
  }) as unknown as Handler<ApiMethod> & { [UNWIRED]: string }
  h[UNWIRED] = reason
  return h
}

export function unwiredReason(handler: unknown): string | null {
  return typeof handler === 'function' && UNWIRED in handler
    ? String((handler as { [UNWIRED]: string })[UNWIRED])
    : null
}
