// Dispatch: unknown methods and invalid input stop before any handler; errors become {code, message};
// jobs report progress and can be cancelled from another call.
import { describe, expect, it, vi } from 'vitest'
import { openArchive } from '../../core/archive'
import { FolioError } from '../../core/errors'
import type { FolioEvent } from '../../shared/api-types'
import { API_METHODS } from '../../shared/api-methods'
import { createDispatcher } from './dispatcher'
import type { HandlerTable } from './handler-types'
import { HANDLERS } from './handler-table'

function setup(overrides: Partial<HandlerTable> = {}) {
  const spies = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn((_input: unknown) => ({ ok: m }))]))
  const handlers = { ...spies, ...overrides } as unknown as HandlerTable
  const events: FolioEvent[] = []
  const archive = openArchive(':memory:')
  const d = createDispatcher({
    archive: () => archive,
    shell: { appInfo: { shell: 'web', version: '0', platform: 'linux' } },
    emit: (e) => events.push(e),
    handlers
  })
  return { d, spies, events, archive }
}

describe('dispatcher', () => {
  it('refuses an unknown method without calling anything', async () => {
    const { d, spies } = setup()
    for (const name of ['dropTable', '__proto__', 'constructor', 'toString', 'onEvent']) {
      expect(await d.dispatch(name, {})).toEqual({
        ok: false,
        error: { code: 'unknown-method', message: `Folio has no method "${name}".` }
      })
    }
    expect(Object.values(spies).every((s) => s.mock.calls.length === 0)).toBe(true)
  })

  it('refuses invalid input with the schema’s message without calling the handler', async () => {
    const { d, spies } = setup()
    const cases: [string, unknown, RegExp][] = [
      ['getArticle', { id: 0 }, /^id: /],
      ['getArticle', undefined, /expected object/],
      ['createPassage', { articleId: 1, start: 10, end: 5, themeIds: [1] }, /range is empty or reversed/],
      ['mergeThemes', { sourceId: 2, targetId: 2 }, /cannot be merged into itself/],
      ['importUrls', { urls: ['file:///etc/passwd'] }, /Only http and https/],
      ['recolorTheme', { id: 1, color: 'rgb(1,2,3)' }, /#RRGGBB/],
      ['setMemo', { target: { kind: 'theme' }, body: 'x' }, /target\.id/]
    ]
    for (const [method, input, message] of cases) {
      const r = await d.dispatch(method, input)
      expect(r.ok, method).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-input')
        expect(r.error.message).toMatch(message)
      }
    }
    expect(Object.values(spies).every((s) => s.mock.calls.length === 0)).toBe(true)
  })

  it('passes valid input through and returns the handler’s value', async () => {
    const { d, spies } = setup()
    expect(await d.dispatch('getArticle', { id: 3 })).toEqual({ ok: true, value: { ok: 'getArticle' } })
    expect(spies.getArticle.mock.calls[0][0]).toEqual({ id: 3 })
  })

  it('turns thrown errors into one plain line with a code, never a stack', async () => {
    const { d } = setup({
      getArticle: () => {
        throw new FolioError('not-found', 'There is no article 9.')
      },
      listThemes: () => {
        throw Object.assign(new Error('database or disk is full\n    at Statement.run'), {
          code: 'SQLITE_FULL'
        })
      }
    })
    expect(await d.dispatch('getArticle', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no article 9.' }
    })
    expect(await d.dispatch('listThemes', undefined)).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full: nothing was changed.' }
    })
  })

  it('runs a job with progress events and cancels it from another call', async () => {
    let release: () => void = () => undefined
    const { d, events } = setup({
      importPaths: async (_input, ctx) => {
        ctx.job.progress(0, 2, 'a.html')
        await new Promise<void>((r) => (release = r))
        return {
          batchId: 'b',
          outcomes: [],
          cancelled: ctx.job.signal.aborted,
          counts: { imported: 0, duplicate: 0, refused: 0, failed: 0 }
        }
      },
      cancelJob: HANDLERS.cancelJob // the real one: the registry wiring is what is tested
    })
    const running = d.dispatch('importPaths', { paths: ['/a.html'], jobId: 'j1' })
    await vi.waitFor(() =>
      expect(events).toEqual([{ type: 'progress', jobId: 'j1', done: 0, total: 2, current: 'a.html' }])
    )
    expect(d.runningJobs).toBe(1)
    expect((await d.dispatch('importPaths', { paths: ['/b'], jobId: 'j1' })).ok).toBe(false)
    expect(await HANDLERS.cancelJob({ jobId: 'nope' }, { cancelJob: () => false } as never)).toEqual({
      cancelled: false
    })
    expect(await d.dispatch('cancelJob', { jobId: 'j1' })).toEqual({ ok: true, value: { cancelled: true } })
    release()
    const r = await running
    expect(r.ok && (r.value as { cancelled: boolean }).cancelled).toBe(true)
    expect(d.runningJobs).toBe(0)
  })

  it('starts a job already cancelled when its cancel came first (a drop still uploading)', async () => {
    const { d } = setup({
      importPaths: async (_input, ctx) => ({
        batchId: 'b',
        outcomes: [],
        cancelled: ctx.job.signal.aborted,
        counts: { imported: 0, duplicate: 0, refused: 0, failed: 0 }
      }),
      cancelJob: HANDLERS.cancelJob
    })
    expect(await d.dispatch('cancelJob', { jobId: 'early' })).toEqual({
      ok: true,
      value: { cancelled: false }
    })
    const r = await d.dispatch('importPaths', { paths: ['/a.html'], jobId: 'early' })
    expect(r.ok && (r.value as { cancelled: boolean }).cancelled).toBe(true)
    const again = await d.dispatch('importPaths', { paths: ['/a.html'], jobId: 'other' })
    expect(again.ok && (again.value as { cancelled: boolean }).cancelled).toBe(false)
  })
})
