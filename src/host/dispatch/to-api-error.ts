// Turns whatever a handler threw into the contract's {code, message}: one plain line, never a stack.
import { errorLine, FolioError } from '../../core/errors'
import { ApiError, type ApiErrorData } from '../../shared/api-error'

export function toApiErrorData(e: unknown): ApiErrorData {
  if (e instanceof ApiError) return { code: e.code, message: e.message }
  if (e instanceof FolioError) return { code: e.code, message: e.message }
  const name = (e as { name?: string })?.name
  if (name === 'ImportRefusal') return { code: 'refused', message: errorLine(e) }
  if (name === 'AbortError') return { code: 'cancelled', message: 'Cancelled.' }
  const code = (e as { code?: string })?.code
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'disk-full', message: errorLine(e) }
  if (code === 'SQLITE_BUSY') return { code: 'busy', message: errorLine(e) }
  if (code === 'ENOENT') return { code: 'not-found', message: errorLine(e) }
  if (code === 'EACCES' || code === 'EPERM') return { code: 'io', message: errorLine(e) }
  return { code: 'internal', message: errorLine(e) || 'Something went wrong.' }
}
