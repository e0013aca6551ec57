// Downloads one web page over http(s) with a time limit, a size cap and redirects, into bytes.
// Node's http/https rather than fetch(): error codes stay precise (DNS vs TLS vs refused) and the
// DNS lookup can be replaced in tests.
import http from 'node:http'
import https from 'node:https'
import zlib from 'node:zlib'
import type { LookupFunction } from 'node:net'
import { FolioError } from '../errors'
import { networkError } from './fetch-errors'

export interface FetchOptions {
  /** Whole download, headers to last byte. Default 30 s. */
  timeoutMs?: number
  /** Larger pages are refused. Default 20 MB. */
  maxBytes?: number
  signal?: AbortSignal
  maxRedirects?: number
  /** Replaces the DNS lookup (tests). */
  lookup?: LookupFunction
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string
  status: number
  contentType: string | null
  bytes: Uint8Array
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000
const MB = 1048576

export function parseHttpUrl(url: string): URL {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new FolioError('invalid-input', `"${url}" is not a valid web address.`)
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FolioError('invalid-input', `Only http and https links can be imported (not ${u.protocol}).`)
  }
  return u
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS
  const deadline = Date.now() + timeoutMs
  let current = parseHttpUrl(url)
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(current, options, Math.max(1, deadline - Date.now()), timeoutMs)
    if ('redirect' in res) {
      if (hop >= (options.maxRedirects ?? 5))
        throw new FolioError('network', `Too many redirects from ${url}.`)
      current = parseHttpUrl(new URL(res.redirect, current).toString())
      continue
    }
    return res
  }
}

type Once = FetchedPage | { redirect: string }

function requestOnce(u: URL, options: FetchOptions, remainingMs: number, timeoutMs: number): Promise<Once> {
  const maxBytes = options.maxBytes ?? 20 * MB
  const host = u.host
  return new Promise<Once>((resolve, reject) => {
    let settled = false
    const fail = (e: unknown): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      req.destroy()
      reject(networkError(e, host, timeoutMs))
    }
    const tooLarge = (n: number): FolioError =>
      new FolioError(
        'refused',
        `The page is too large (more than ${(n / MB).toFixed(1)} MB; the limit is ${Math.round(maxBytes / MB)} MB).`
      )
    const onAbort = (): void => fail(Object.assign(new Error('aborted'), { code: 'FOLIO_ABORTED' }))
    const timer = setTimeout(
      () => fail(Object.assign(new Error('timeout'), { code: 'FOLIO_TIMEOUT' })),
      remainingMs
    )
    const get = u.protocol === 'https:' ? https.get : http.get
    const req = get(
      u,
      {
        headers: {
          'user-agent': 'Folio/0.1 (article archive)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br'
        },
        lookup: options.lookup
      },
      (res) => {
        const status = res.statusCode ?? 0
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume()
          settled = true
          clearTimeout(timer)
          options.signal?.removeEventListener('abort', onAbort)
          resolve({ redirect: res.headers.location })
          return
        }
        if (status < 200 || status >= 300) {
          res.resume()
          const what =
            status === 404
              ? 'the page was not found'
              : status === 403
                ? 'access is forbidden'
                : status === 410
                  ? 'the page is gone'
                  : (res.statusMessage ?? 'error').toLowerCase()
          fail(new FolioError('network', `The server answered HTTP ${status}: ${what} (${u.toString()}).`))
          return
        }
        const declared = Number(res.headers['content-length'] ?? 0)
        if (declared > maxBytes && !res.headers['content-encoding']) {
          res.resume()
          fail(tooLarge(declared))
          return
        }
        const enc = String(res.headers['content-encoding'] ?? '').toLowerCase()
        const stream =
          enc === 'gzip' || enc === 'x-gzip'
            ? res.pipe(zlib.createGunzip())
            : enc === 'deflate'
              ? res.pipe(zlib.createInflate())
              : enc === 'br'
                ? res.pipe(zlib.createBrotliDecompress())
                : res
        const chunks: Buffer[] = []
        let size = 0
        stream.on('data', (c: Buffer) => {
          size += c.length
          if (size > maxBytes) fail(tooLarge(size))
          else chunks.push(c)
        })
        stream.on('error', fail)
        stream.on('end', () => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          options.signal?.removeEventListener('abort', onAbort)
          resolve({
            url: u.toString(),
            status,
            contentType: (res.headers['content-type'] as string | undefined) ?? null,
            bytes: Buffer.concat(chunks)
          })
        })
      }
    )
    req.on('error', fail)
    if (options.signal?.aborted) onAbort()
    else options.signal?.addEventListener('abort', onAbort, { once: true })
  })
}
