// The typed error every contract method rejects with: a stable code for code and one line for people.

export const API_ERROR_CODES = [
  // from core (FolioErrorCode)
  'not-found',
  'invalid-input',
  'not-an-archive',
  'newer-archive',
  'corrupt-archive',
  'duplicate',
  'refused',
  'io',
  'disk-full',
  'busy',
  'cancelled',
  'conflict',
  'network',
  'internal',
  // from the shells
  'unknown-method',
  'unavailable',
  'unauthorized',
  'forbidden',
  'too-large'
] as const

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** The serialisable shape (what crosses IPC or HTTP). */
export interface ApiErrorData {
  code: ApiErrorCode
  message: string
}

/** Thrown by the HTTP client; the preload rejects with a plain ApiErrorData (contextBridge drops classes). */
export class ApiError extends Error implements ApiErrorData {
  readonly code: ApiErrorCode
  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

function isCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value)
}

/** True for an ApiError or a plain {code, message} from either transport. */
export function isApiError(e: unknown): e is ApiErrorData {
  if (typeof e !== 'object' || e === null) return false
  const o = e as { code?: unknown; message?: unknown }
  return isCode(o.code) && typeof o.message === 'string'
}

/** Whatever was thrown, as {code, message} — for showing one plain line in the UI. */
export function toApiError(e: unknown): ApiErrorData {
  if (isApiError(e)) return { code: e.code, message: e.message }
  const message = e instanceof Error ? e.message : String(e)
  return { code: 'internal', message: message.split('\n')[0] }
}
