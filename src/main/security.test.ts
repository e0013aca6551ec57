// The window's security flags and what its contents may do: no navigation, no new windows, no webviews.
import { describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN } from './app-origin'
import { hardenContents, secureWebPreferences } from './security'
import { fakeEvent, FakeWebContents } from './test-fakes'

function hardened(onFileDropped?: (p: string) => void) {
  const contents = new FakeWebContents()
  const openExternal = vi.fn(async () => undefined)
  hardenContents(contents as never, { origin: APP_ORIGIN, openExternal, onFileDropped })
  return { contents, openExternal }
}

describe('secure web preferences', () => {
  it('isolates and sandboxes the renderer with web security on', () => {
    const p = secureWebPreferences('/app/preload/index.js')
    expect(p).toMatchObject({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })
})

describe('hardened contents', () => {
  it('denies navigation away from the app and sends http(s) links to the system browser', async () => {
    const { contents, openExternal } = hardened()
    expect(contents.navigate('app://folio/index.html#/reader/1')).toBe(true)
    expect(contents.navigate('https://evil.example/phish')).toBe(false)
    expect(contents.navigate('app://other/index.html')).toBe(false)
    expect(contents.navigate('javascript:alert(1)')).toBe(false)
    await Promise.resolve()
    expect(openExternal.mock.calls).toEqual([['https://evil.example/phish']])
  })

  it('denies redirects out of the app', () => {
    const { contents } = hardened()
    expect(contents.navigate('https://evil.example/', 'will-redirect')).toBe(false)
  })

  it('denies every window.open, opening only safe links outside', async () => {
    const { contents, openExternal } = hardened()
    const open = contents.windowOpenHandler!
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(open({ url: 'app://folio/index.html' })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(openExternal.mock.calls).toEqual([['https://example.org/']])
  })

  it('refuses webviews and every permission request', () => {
    const { contents } = hardened()
    const e = fakeEvent()
    contents.emit('will-attach-webview', e, {}, {})
    expect(e.defaultPrevented).toBe(true)
    const answers: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal'])
      contents.permissionHandler!(null, p, (ok) => answers.push(ok))
    expect(answers).toEqual([false, false, false, false])
  })

  it('turns a file dropped on the window into an import instead of a navigation', () => {
    const dropped: string[] = []
    const { contents, openExternal } = hardened((p) => dropped.push(p))
    expect(contents.navigate('file:///home/ha/b%C3%A1o%20c%C3%A1o.html')).toBe(false)
    expect(dropped).toEqual(['/home/ha/báo cáo.html'])
    expect(openExternal).not.toHaveBeenCalled()
  })
})
