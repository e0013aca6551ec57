// One plain sentence per way a download can fail: DNS, refused, reset, TLS, timeout.
import { FolioError } from '../errors'

const TLS_CODES =
  /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_|EPROTO|HOSTNAME_MISMATCH)/

export function networkError(e: unknown, host: string, timeoutMs: number): FolioError {
  if (e instanceof FolioError) return e
  const code = String((e as { code?: string })?.code ?? '')
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL')
    return new FolioError(
      'network',
      `Cannot find the server "${host}" (the DNS lookup failed; check the address and your connection).`
    )
  if (code === 'ECONNREFUSED') return new FolioError('network', `The server ${host} refused the connection.`)
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new FolioError('network', `The connection to ${host} was cut off.`)
  if (code === 'ETIMEDOUT' || code === 'FOLIO_TIMEOUT')
    return new FolioError('network', `${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)
  if (code === 'ABORT_ERR' || code === 'FOLIO_ABORTED')
    return new FolioError('cancelled', 'The download was cancelled.')
  if (TLS_CODES.test(code))
    return new FolioError('network', `The secure (TLS) connection to ${host} failed (${code}).`)
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH')
    return new FolioError('network', `${host} cannot be reached from this computer (no route).`)
  return new FolioError(
    'network',
    `Downloading from ${host} failed (${code || (e as Error)?.message || 'unknown error'}).`
  )
}
