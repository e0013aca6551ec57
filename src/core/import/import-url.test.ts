import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { importUrl } from './import-url'

const P =
  'Thành phố Cần Thơ ký kết chương trình hợp tác với các tỉnh lân cận về giao thông, logistics và du lịch trong giai đoạn mới.'
const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cần Thơ hợp tác</title>
<meta property="article:published_time" content="2025-03-01T08:00:00+07:00"></head>
<body><article><h1>Cần Thơ hợp tác</h1><p>${P}</p><p>${P} Lần hai.</p><p>${P} Lần ba.</p></article></body></html>`

let server: Server
let base: string
let dir: string
let archive: Archive
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/bai-viet.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    else if (req.url === '/moved') res.writeHead(301, { location: '/bai-viet.html' }).end()
    else if (req.url === '/file.pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4')
    else if (req.url === '/big.html')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>' + 'a'.repeat(3 * 1024 * 1024))
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(PAGE), 5000)
    else res.writeHead(404).end('not here')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = mkdtempSync(join(tmpdir(), 'folio-url-'))
  archive = openArchive(join(dir, 'a.sqlite'))
})
afterAll(async () => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('importUrl', () => {
  it('imports a page through a redirect and keeps its URL', async () => {
    const o = await importUrl(archive, `${base}/moved`)
    expect(o.outcome, o.message).toBe('imported')
    const a = getArticle(archive, o.articleId as number)
    expect(a.title).toBe('Cần Thơ hợp tác')
    expect(a.url).toBe(`${base}/bai-viet.html`)
    expect(a.publishedAt).toBe('2025-03-01T08:00:00+07:00')
    expect(a.originalFormat).toBe('html')
    expect(a.originalHash).toMatch(/^[0-9a-f]{64}$/)
    expect(o.file).toBe(`${base}/moved`)
  })

  it.each([
    ['404', '/missing', {}, /HTTP 404: the page was not found/],
    ['not HTML', '/file.pdf', {}, /not a web page \(the server sent application\/pdf\)/],
    ['too large', '/big.html', { maxBytes: 1024 * 1024 }, /too large/],
    ['timeout', '/slow', { timeoutMs: 300 }, /did not answer within/]
  ])('gives one clear line for %s', async (_what, path, opts, message) => {
    const before = (archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    const o = await importUrl(archive, base + path, opts)
    expect(o.outcome).not.toBe('imported')
    expect(o.message).toMatch(message)
    expect(o.file).toBe(base + path)
    expect((archive.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(before)
  })

  it('names refused connections, TLS failures and DNS failures', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise((r) => closed.close(r))
    expect((await importUrl(archive, `http://127.0.0.1:${port}/`)).message).toMatch(/refused the connection/)
    expect((await importUrl(archive, `${base.replace('http:', 'https:')}/bai-viet.html`)).message).toMatch(
      /TLS/
    )
    const noDns = ((_host: string, _opts: unknown, cb: (e: Error) => void) =>
      cb(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))) as never
    const o = await importUrl(archive, 'http://bao-khong-ton-tai.invalid/bai.html', { lookup: noDns })
    expect(o.message).toMatch(/Cannot find the server "bao-khong-ton-tai.invalid"/)
    expect((await importUrl(archive, 'ftp://127.0.0.1/x')).message).toMatch(/Only http and https/)
  })
})
