// FolioApi over the web host: POST /api/<method> with the run's token, events from GET /api/events (SSE).
import type { ApiMethod, FolioApi } from './api'
import type { FolioEvent } from './api-types'
import { ApiError, isApiError } from './api-error'
import { API_METHODS } from './api-methods'
import { decodeWire, encodeWire } from './wire-codec'
import { readServerSentEvents } from './sse-reader'

export interface HttpClientOptions {
  /** e.g. 'http://127.0.0.1:5123' (the page's own origin). */
  baseUrl: string
  token: string
  fetch?: typeof fetch
}

export function createHttpClient(options: HttpClientOptions): FolioApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))
  const base = options.baseUrl.replace(/\/+$/, '')
  const auth = { Authorization: `Bearer ${options.token}` }
  const events = createEventStream(base, auth, doFetch)

  async function call(method: ApiMethod, input: unknown): Promise<unknown> {
    // A job's first progress events must not be missed: open the event stream before starting it.
    if (input && typeof input === 'object' && 'jobId' in input) await events.ready()
    let res: Response
    try {
      res = await doFetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: encodeWire(input === undefined ? null : input)
      })
    } catch {
      throw new ApiError('network', 'Folio is not reachable: the web host has stopped.')
    }
    const text = await res.text()
    let payload: unknown
    try {
      payload = text ? decodeWire(text) : null
    } catch {
      throw new ApiError('internal', `The web host answered ${res.status} with something that is not JSON.`)
    }
    const body = payload as { value?: unknown; error?: unknown } | null
    if (res.ok && body && 'value' in body) return body.value
    if (body && isApiError(body.error)) {
      const hint = res.status === 401 ? ' Open the address the web host printed (it carries the key).' : ''
      throw new ApiError(body.error.code, body.error.message + hint)
    }
    if (res.status === 401)
      throw new ApiError('forbidden', 'The page has no valid token; open the address the web host printed.')
    throw new ApiError('internal', `The web host answered ${res.status}.`)
  }

  const api: Record<string, unknown> = {}
  for (const method of API_METHODS) api[method] = (input?: unknown) => call(method, input)
  api.onEvent = events.subscribe
  return api as unknown as FolioApi
}

/** One shared SSE connection, opened while anyone listens, reconnecting after a drop. */
function createEventStream(base: string, auth: Record<string, string>, doFetch: typeof fetch) {
  const listeners = new Set<(e: FolioEvent) => void>()
  let abort: AbortController | null = null
  let opened: Promise<void> | null = null

  function open(): Promise<void> {
    if (opened) return opened
    const controller = new AbortController()
    abort = controller
    opened = new Promise<void>((resolve) => {
      const run = async (delay: number): Promise<void> => {
        while (!controller.signal.aborted) {
          try {
            const res = await doFetch(`${base}/api/events`, { headers: auth, signal: controller.signal })
            if (!res.ok || !res.body) throw new Error(`events: ${res.status}`)
            delay = 250
            await readServerSentEvents(
              res.body,
              controller.signal,
              () => resolve(),
              (data) => {
                const event = decodeWire(data) as FolioEvent
                for (const l of [...listeners]) l(event)
              }
            )
          } catch {
            resolve() // never block a call on the event stream
          }
          if (controller.signal.aborted) return
          await new Promise((r) => setTimeout(r, delay))
          delay = Math.min(delay * 2, 5000)
        }
      }
      void run(250)
    })
    return opened
  }

  function close(): void {
    abort?.abort()
    abort = null
    opened = null
  }

  return {
    ready(): Promise<void> {
      return listeners.size > 0 ? open() : Promise.resolve()
    },
    subscribe(listener: (e: FolioEvent) => void): () => void {
      listeners.add(listener)
      void open()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) close()
      }
    }
  }
}
