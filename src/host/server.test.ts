// The web host over real HTTP on 127.0.0.1: token, Host and Origin checks, validation, every method routed.
import { networkInterfaces } from 'node:os'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS } from '../shared/api-methods'
import { callApi, raw, startTestHost, type Fixture } from './test-support/host-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await startTestHost({ maxBodyBytes: 256 * 1024 })
})
afterAll(async () => {
  await fx.stop()
})

describe('web host guards', () => {
  it('refuses an API call without the token (401) or with a wrong one', async () => {
    const none = await raw(fx.host.port, {
      method: 'POST',
      path: '/api/getArchiveInfo',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(none.status).toBe(401)
    expect(none.json().error?.code).toBe('unauthorized')
    const wrong = await callApi(fx, 'getArchiveInfo', {}, { Authorization: 'Bearer not-the-token' })
    expect(wrong.status).toBe(401)
    const events = await raw(fx.host.port, { path: '/api/events' })
    expect(events.status).toBe(401)
  })

  it('answers a call with the token', async () => {
    const res = await callApi(fx, 'getArchiveInfo', {})
    expect(res.status).toBe(200)
    expect(res.json().value).toMatchObject({ articles: 0, themes: 3 })
  })

  it('refuses a foreign Host header (DNS rebinding) with 403, for the API and the page alike', async () => {
    const api = await callApi(fx, 'getArchiveInfo', {}, { Host: `evil.example:${fx.host.port}` })
    expect(api.status).toBe(403)
    const page = await raw(fx.host.port, { path: '/', headers: { Host: 'evil.example' } })
    expect(page.status).toBe(403)
    const otherPort = await callApi(fx, 'getArchiveInfo', {}, { Host: `127.0.0.1:${fx.host.port + 1}` })
    expect(otherPort.status).toBe(403)
    const localhost = await callApi(fx, 'getArchiveInfo', {}, { Host: `localhost:${fx.host.port}` })
    expect(localhost.status).toBe(200)
  })

  it('refuses a cross-site Origin and sends no CORS headers', async () => {
    const res = await callApi(fx, 'getArchiveInfo', {}, { Origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    const ok = await callApi(fx, 'getArchiveInfo', {}, { Origin: `http://127.0.0.1:${fx.host.port}` })
    expect(ok.status).toBe(200)
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
    const preflight = await raw(fx.host.port, { method: 'OPTIONS', path: '/api/getArchiveInfo' })
    expect(preflight.status).not.toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('answers invalid input with 400 and the schema’s message, before core is touched', async () => {
    const badId = await callApi(fx, 'getArticle', { id: 'seven' })
    expect(badId.status).toBe(400)
    expect(badId.json().error).toEqual({ code: 'invalid-input', message: expect.stringMatching(/^id: /) })
    const badColour = await callApi(fx, 'createTheme', { name: 'Kinh tế', color: 'red' })
    expect(badColour.status).toBe(400)
    expect(badColour.json().error?.message).toBe('color: A colour is written #RRGGBB.')
    const extra = await callApi(fx, 'getArticle', { id: 1, sql: 'DROP TABLE articles' })
    expect(extra.status).toBe(400)
    expect(extra.json().error?.message).toMatch(/Unrecognized key/)
    const notJson = await raw(fx.host.port, {
      method: 'POST',
      path: '/api/getArticle',
      headers: { Authorization: `Bearer ${fx.host.token}`, 'Content-Type': 'application/json' },
      body: '{"id": 1'
    })
    expect(notJson.status).toBe(400)
    const info = await callApi(fx, 'getArchiveInfo', {})
    expect(info.json().value).toMatchObject({ articles: 0, themes: 3 })
  })

  it('answers an unknown method with 404 and a body over the cap with 413', async () => {
    const unknown = await callApi(fx, 'dropEverything', {})
    expect(unknown.status).toBe(404)
    expect(unknown.json().error?.code).toBe('unknown-method')
    const big = await callApi(fx, 'importFiles', {
      files: [{ name: 'a.txt', bytes: { $bytes: 'A'.repeat(400000) } }]
    })
    expect(big.status).toBe(413)
    expect(big.json().error?.code).toBe('too-large')
  })

  it('routes every contract method to dispatch (never 404)', async () => {
    expect(API_METHODS.length).toBeGreaterThan(60)
    for (const method of API_METHODS) {
      const res = await callApi(fx, method, {})
      expect(res.status, method).not.toBe(404)
      const body = res.json()
      expect(body.value !== undefined || body.error !== undefined, method).toBe(true)
      expect(body.error?.code, method).not.toBe('unknown-method')
    }
  })

  it('is bound to loopback only', async () => {
    expect(fx.host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${fx.host.port}/#token=[A-Za-z0-9_-]{40,}$`)
    )
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = connect({ host: external.address, port: fx.host.port })
        s.once('connect', () => {
          s.destroy()
          resolve(false)
        })
        s.once('error', () => resolve(true))
      })
      expect(refused).toBe(true)
    }
  })
})

describe('web host pages', () => {
  it('serves the renderer with a CSP and never a file outside it', async () => {
    const page = await raw(fx.host.port, { path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await raw(fx.host.port, { path })
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('outside the renderer')
    }
  })
})
