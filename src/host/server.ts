// The web host: the built renderer and the contract over POST /api/<method> on 127.0.0.1 only,
// guarded by a per-run token and a loopback Host check, with progress as server-sent events.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { openArchive, type Archive } from '../core/archive'
import type { ApiErrorData } from '../shared/api-error'
import { RENDERER_CSP } from '../shared/csp'
import { encodeWire, decodeWire } from '../shared/wire-codec'
import { createDispatcher } from './dispatch/dispatcher'
import type { ShellServices } from './dispatch/handler-types'
import { hasToken, isAllowedHost, isAllowedOrigin, statusFor } from './host-guards'
import { SseHub } from './sse-hub'
import { readStatic } from './static-files'

export interface HostOptions {
  archivePath: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 or absent: any free port. */
  port?: number
  /** Largest request body accepted (uploads travel inside it, base64-encoded). Default 64 MB. */
  maxBodyBytes?: number
  version?: string
}

export interface RunningHost {
  /** http://127.0.0.1:<port>/#token=<token> — what to open in a browser. */
  url: string
  token: string
  port: number
  archive: Archive
  close(): Promise<void>
}

const DEFAULT_MAX_BODY = 64 * 1024 * 1024

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (declared > max) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > max) {
        req.removeAllListeners('data')
        reject(new BodyTooLarge())
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {}
): void {
  const text = encodeWire(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra
  })
  res.end(text)
}

function sendError(res: ServerResponse, error: ApiErrorData, extra?: Record<string, string>): void {
  sendJson(res, statusFor(error.code), { error }, extra)
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const archive = openArchive(options.archivePath)
  const token = randomBytes(32).toString('base64url')
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const hub = new SseHub()
  const shell: ShellServices = {
    appInfo: { shell: 'web', version: options.version ?? '0.0.0', platform: process.platform }
  }
  const dispatcher = createDispatcher({ archive: () => archive, shell, emit: (e) => hub.send(e) })
  let port = 0

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!hasToken(req.headers.authorization, token)) {
      return sendError(
        res,
        { code: 'unauthorized', message: 'Missing or wrong token.' },
        { 'WWW-Authenticate': 'Bearer' }
      )
    }
    if (name === 'events') {
      if (req.method !== 'GET')
        return sendError(res, { code: 'invalid-input', message: 'Use GET for events.' })
      return hub.add(res)
    }
    if (req.method !== 'POST')
      return sendError(res, { code: 'invalid-input', message: 'Use POST for API calls.' })
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, { code: 'invalid-input', message: 'Send the input as application/json.' })
    }
    let input: unknown
    try {
      const text = await readBody(req, maxBody)
      input = text.trim() ? decodeWire(text) : undefined
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const mb = Math.round(maxBody / 1048576)
        sendError(
          res,
          { code: 'too-large', message: `The request is larger than ${mb} MB.` },
          { Connection: 'close' }
        )
        req.destroy()
        return
      }
      return sendError(res, { code: 'invalid-input', message: 'The request body is not valid JSON.' })
    }
    const reply = await dispatcher.dispatch(name, input)
    if (reply.ok) sendJson(res, 200, { value: reply.value })
    else sendError(res, reply.error)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Every request, static or not: a foreign Host means a rebinding page, a foreign Origin a cross-site one.
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      return sendError(res, {
        code: 'forbidden',
        message: 'This server answers only its own loopback address.'
      })
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5))
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const file = await readStatic(options.rendererDir, url.pathname)
    if (!file && url.pathname === '/favicon.ico') {
      res.writeHead(204).end() // browsers ask for one; Folio has none to offer here
      return
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache'
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, { code: 'internal', message: 'The web host failed to answer.' })
      else res.end()
    })
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
  } catch (e) {
    archive.close()
    hub.close()
    throw e
  }
  port = (server.address() as AddressInfo).port

  let closing: Promise<void> | null = null
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    archive,
    close() {
      closing ??= (async () => {
        dispatcher.cancelAll()
        hub.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        archive.close()
      })()
      return closing
    }
  }
}
