// The app:// protocol that serves the production renderer: files inside the renderer folder only.
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-origin'

/** Must run before app 'ready': app:// behaves like https (module scripts, fetch, a real origin). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/**
 * The file an app:// URL names inside `root`, or null: another host, "..", encoded separators,
 * backslashes or NUL all fail, as does anything that resolves outside `root`.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null
  const rel = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '')
  const base = resolve(root)
  const full = resolve(base, rel)
  return full.startsWith(base + sep) ? full : null
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm'
}

/** Answers one app:// request (exported for tests: it needs only the global Response). */
export async function serveAppRequest(root: string, requestUrl: string, csp: string): Promise<Response> {
  const path = resolveAppPath(root, requestUrl)
  if (!path) return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(path)
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff'
      }
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request.url, csp))
}
