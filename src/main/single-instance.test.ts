// One instance: a second launch passes its files to the first.
import { describe, expect, it, vi } from 'vitest'
import { claimSingleInstance, filesFromArgv } from './single-instance'

describe('files from the command line', () => {
  const exists = (p: string) => !p.endsWith('missing.html')
  it('takes the existing paths after the executable, resolving relative ones', () => {
    expect(
      filesFromArgv(
        ['/opt/Folio/folio', '--no-sandbox', 'a.html', '/x/b.txt', 'missing.html'],
        '/home/ha',
        exists,
        true
      )
    ).toEqual(['/home/ha/a.html', '/x/b.txt'])
  })
  it('skips the app path when not packaged', () => {
    expect(filesFromArgv(['electron', '.', 'tin tức.html'], '/w', exists, false)).toEqual(['/w/tin tức.html'])
  })
})

describe('single-instance lock', () => {
  it('lets the first launch run and hands it the files of later launches', () => {
    let second: ((e: unknown, argv: string[], cwd: string, data: unknown) => void) | null = null
    const app = {
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn((_e: string, l: typeof second) => void (second = l))
    }
    const got: string[][] = []
    expect(claimSingleInstance(app, ['/a.html'], (f) => got.push(f))).toBe(true)
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ files: ['/a.html'] })
    second!({}, ['folio', '/b.html'], '/', { files: ['/b.html', 42] })
    second!({}, ['folio'], '/', null)
    expect(got).toEqual([['/b.html'], []])
  })

  it('tells a second launch to quit', () => {
    const app = { requestSingleInstanceLock: () => false, on: vi.fn() }
    expect(claimSingleInstance(app, [], vi.fn())).toBe(false)
    expect(app.on).not.toHaveBeenCalled()
  })
})
