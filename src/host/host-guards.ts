// The web host's request checks, as pure functions: loopback Host (DNS rebinding), same Origin, token.
import { timingSafeEqual } from 'node:crypto'

/** Host values a browser sends for this server: only loopback names with our port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/**
 * A rebinding attack reaches 127.0.0.1 under the attacker's own name, so the Host header gives it away.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return !!host && allowedHosts(port).includes(host.toLowerCase())
}

/** Browsers send Origin on cross-site requests; when present it must be this server itself. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`)
}

/** The token from "Authorization: Bearer <token>", compared in constant time. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization ?? '')
  if (!m) return false
  const given = Buffer.from(m[1])
  const want = Buffer.from(token)
  return given.length === want.length && timingSafeEqual(given, want)
}

/** HTTP status for a contract error code. */
export function statusFor(code: string): number {
  switch (code) {
    case 'invalid-input':
      return 400
    case 'unauthorized':
      return 401
    case 'forbidden':
      return 403
    case 'unknown-method':
      return 404
    case 'conflict':
    case 'cancelled':
      return 409
    case 'too-large':
      return 413
    case 'internal':
      return 500
    case 'unavailable':
      return 501
    default:
      return 422 // the request was understood; the archive says no (not found, refused, duplicate…)
  }
}
