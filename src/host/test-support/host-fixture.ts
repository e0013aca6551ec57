// Test helpers: a running host over a fresh temporary archive, and raw HTTP requests with any headers.
import { request } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost, type HostOptions, type RunningHost } from '../server'

export interface Fixture {
  host: RunningHost
  dir: string
  stop(): Promise<void>
}

export async function startTestHost(extra: Partial<HostOptions> = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-host-'))
  const rendererDir = join(dir, 'renderer')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Folio</title><div id="root"></div>')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  const host = await startHost({ archivePath: join(dir, 'archive.sqlite'), rendererDir, ...extra })
  return {
    host,
    dir,
    async stop() {
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  json(): { value?: unknown; error?: { code: string; message: string } }
}

/** A request with exactly the headers given (fetch would not let a test forge Host). */
export function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) })
        })
      }
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

/** POST /api/<method> with the token and a JSON body. */
export function callApi(fx: Fixture, method: string, input: unknown, headers: Record<string, string> = {}) {
  return raw(fx.host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      Authorization: `Bearer ${fx.host.token}`,
      'Content-Type': 'application/json',
      ...headers
    },
    body: JSON.stringify(input)
  })
}
