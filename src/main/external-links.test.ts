// Which links may open in the system browser: a table of what a hostile article could contain.
import { describe, expect, it, vi } from 'vitest'
import { isSafeExternalUrl, openExternalSafely } from './external-links'

const allowed = [
  'https://baocantho.com.vn/bai-viet',
  'http://example.org/',
  'https://vi.wikipedia.org/wiki/C%E1%BA%A7n_Th%C6%A1',
  'HTTPS://EXAMPLE.ORG/path?q=1#frag'
]

const refused = [
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.org/1234',
  'mailto:someone@example.org',
  'ms-msdt:/id PCWDiagnostic',
  'vscode://file/etc/passwd',
  'smb://attacker/share',
  'app://folio/index.html',
  'https://user:pass@example.org/',
  'https://bank.example@evil.example/',
  'http://:80/',
  '//example.org/no-scheme',
  'not a url',
  ''
]

describe('external link check', () => {
  it.each(allowed)('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true))
  it.each(refused)('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false))

  it('calls the injected opener only for an allowed link', async () => {
    const open = vi.fn(async () => undefined)
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false)
    expect(await openExternalSafely('file:///etc/passwd', open)).toBe(false)
    expect(open).not.toHaveBeenCalled()
    expect(await openExternalSafely('https://example.org/a b', open)).toBe(true)
    expect(open).toHaveBeenCalledWith('https://example.org/a%20b')
  })
})
