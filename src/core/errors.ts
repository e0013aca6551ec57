// Folio's one error type: a stable code for programs and one plain sentence for people.
export type FolioErrorCode =
  | 'not-found'
  | 'invalid-input'
  | 'not-an-archive'
  | 'newer-archive'
  | 'corrupt-archive'
  | 'duplicate'
  | 'refused'
  | 'io'
  | 'disk-full'
  | 'busy'
  | 'cancelled'
  | 'conflict'
  | 'network'
  | 'internal'

export class FolioError extends Error {
  readonly code: FolioErrorCode
  constructor(code: FolioErrorCode, message: string) {
    super(message)
    this.name = 'FolioError'
    this.code = code
  }
}

export function isFolioError(e: unknown): e is FolioError {
  return e instanceof FolioError
}

/** One line for a person, whatever was thrown. */
export function errorLine(e: unknown): string {
  if (e instanceof FolioError) return e.message
  const err = e as { code?: string; message?: string }
  if (err?.code === 'SQLITE_FULL') return 'The disk is full: nothing was changed.'
  if (err?.code === 'SQLITE_BUSY') return 'The archive is busy in another program; try again in a moment.'
  if (err?.code === 'ENOENT') return `No such file: ${(e as { path?: string }).path ?? ''}`.trim()
  if (err?.code === 'ENOSPC') return 'The disk is full: nothing was changed.'
  const msg = err?.message ?? String(e)
  return msg.split('\n')[0]
}
