// app:// serves files of the renderer folder and nothing outside it, however the path is disguised.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleAppProtocol, registerAppScheme, resolveAppPath, serveAppRequest } from './protocol'

let dir: string
let root: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-protocol-'))
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Folio</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'secret.txt'), 'outside')
  writeFileSync(join(dir, 'renderer-evil.txt'), 'sibling with a shared prefix')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('app:// path resolution', () => {
  it('maps the app’s own URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://folio/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://folio/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://folio/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'))
  })

  // The URL parser already folds literal "../" at the root; what survives must still stay inside.
  it.each(['app://folio/../secret.txt', 'app://folio/%2e%2e/secret.txt', 'app://folio/../renderer-evil.txt'])(
    'keeps %s inside the renderer folder',
    (url) => {
      const path = resolveAppPath(root, url)
      expect(path === null || path.startsWith(root + '/')).toBe(true)
    }
  )

  it.each([
    'app://folio/assets/..%2f..%2fsecret.txt',
    'app://folio/..%5csecret.txt',
    'app://folio/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://folio/assets/%2e%2e%2f%2e%2e%2frenderer-evil.txt',
    'app://folio/index.html%00.js',
    'app://folio/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://folio/index.html'
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })
})

describe('app:// responses', () => {
  it('answers with the file, its type and the CSP', async () => {
    const res = await serveAppRequest(root, 'app://folio/index.html', "default-src 'self'")
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await res.text()).toContain('<title>Folio</title>')
  })

  it('answers 404 for traversal and missing files, never the file outside', async () => {
    for (const url of [
      'app://folio/%2e%2e/secret.txt',
      'app://folio/..%2fsecret.txt',
      'app://folio/nope.js'
    ]) {
      const res = await serveAppRequest(root, url, '')
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('outside')
    }
  })

  it('registers a privileged standard, secure scheme and its handler', async () => {
    const registered = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged: registered })
    expect(registered.mock.calls[0][0]).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    let handler: ((r: { url: string }) => Promise<Response>) | null = null
    handleAppProtocol({ handle: (_scheme: string, h: never) => void (handler = h) } as never, root, 'x')
    const res = await handler!({ url: 'app://folio/assets/app.js' })
    expect(res.headers.get('content-type')).toMatch(/javascript/)
  })
})
