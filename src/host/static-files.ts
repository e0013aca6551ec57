// Serves the built renderer: files inside one folder only, with the content types a browser needs.
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm'
}

/**
 * The file a URL path names inside `root`, or null when it would leave it (../, encoded %2e%2e,
 * backslashes, NUL) or cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = resolve(root)
  const full = resolve(base, rel)
  return full === base || full.startsWith(base + sep) ? full : null
}

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export async function readStatic(
  root: string,
  urlPath: string
): Promise<{ body: Buffer; type: string } | null> {
  const path = resolveInside(root, urlPath)
  if (!path) return null
  try {
    if (!(await stat(path)).isFile()) return null
    return { body: await readFile(path), type: contentType(path) }
  } catch {
    return null
  }
}
