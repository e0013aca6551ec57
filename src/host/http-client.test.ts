// The browser's client of the contract against the real host: bytes up, progress events back, errors typed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FolioEvent } from '../shared/api-types'
import { isApiError } from '../shared/api-error'
import { createHttpClient } from '../shared/http-client'
import { startTestHost, type Fixture } from './test-support/host-fixture'

const CLIP = [
  'Cần Thơ mở rộng hợp tác với các tỉnh Đồng bằng sông Cửu Long',
  '',
  'Thành phố đặt mục tiêu liên kết vùng chặt chẽ hơn trong giai đoạn tới, tập trung vào giao thông và nông nghiệp.',
  '',
  'Lãnh đạo thành phố cho biết các dự án đối ngoại sẽ được ưu tiên.'
].join('\n')

let fx: Fixture
beforeAll(async () => {
  fx = await startTestHost()
})
afterAll(async () => {
  await fx.stop()
})

describe('HTTP client over the web host', () => {
  it('imports uploaded bytes with progress events and reads the article back with its diacritics', async () => {
    const api = createHttpClient({ baseUrl: `http://127.0.0.1:${fx.host.port}`, token: fx.host.token })
    const events: FolioEvent[] = []
    const unsubscribe = api.onEvent((e) => events.push(e))
    const result = await api.importFiles({
      files: [
        { name: 'cần thơ.txt', bytes: new TextEncoder().encode(CLIP) },
        { name: 'empty.txt', bytes: new Uint8Array() }
      ],
      jobId: 'job-1'
    })
    // Events travel on their own connection, so the last one may land just after the result.
    await vi.waitFor(() => expect(events.at(-1)).toMatchObject({ type: 'progress', done: 2, total: 2 }))
    unsubscribe()
    expect(result.counts).toMatchObject({ imported: 1 })
    expect(result.outcomes.map((o) => o.file)).toEqual(['cần thơ.txt', 'empty.txt'])
    expect(result.outcomes[1].outcome).toBe('refused')
    const progress = events.filter((e) => e.type === 'progress' && e.jobId === 'job-1')
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 })

    const page = await api.listArticles()
    expect(page.total).toBe(1)
    const article = await api.getArticle({ id: page.items[0].id })
    expect(article.title).toBe('Cần Thơ mở rộng hợp tác với các tỉnh Đồng bằng sông Cửu Long')
    expect(article.originalName).toBe('cần thơ.txt')
  })

  it('carries bytes back down (an export) as a Uint8Array', async () => {
    const api = createHttpClient({ baseUrl: `http://127.0.0.1:${fx.host.port}`, token: fx.host.token })
    const file = await api.exportQdc()
    expect(file.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(file.bytes)).toContain('urn:QDA-XML:codebook:1.0')
  })

  it('rejects with a typed error: invalid input, not found, wrong token, desktop-only', async () => {
    const api = createHttpClient({ baseUrl: `http://127.0.0.1:${fx.host.port}`, token: fx.host.token })
    const bad = await api.getArticle({ id: -1 }).catch((e: unknown) => e)
    expect(isApiError(bad) && bad.code).toBe('invalid-input')
    const missing = await api.getArticle({ id: 999 }).catch((e: unknown) => e)
    expect(isApiError(missing) && missing.code).toBe('not-found')
    expect((missing as Error).message).toBe('There is no article 999.')
    const desktopOnly = await api.pickImportPaths({ kind: 'files' }).catch((e: unknown) => e)
    expect(isApiError(desktopOnly) && desktopOnly.code).toBe('unavailable')
    const stranger = createHttpClient({ baseUrl: `http://127.0.0.1:${fx.host.port}`, token: 'wrong' })
    const refused = await stranger.getArchiveInfo().catch((e: unknown) => e)
    expect(isApiError(refused) && refused.code).toBe('unauthorized')
  })
})
