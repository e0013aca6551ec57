// (Beside the host: the web tsconfig checks src/shared without Node.) The renderer's Content-Security-Policy, in index.html and in the shells' header: strict, the same.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../shared/csp'

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values])
  )
}

const html = readFileSync(join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8')
const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? ''

describe('renderer CSP', () => {
  it.each([
    ['index.html', meta],
    ['the shells’ header', RENDERER_CSP]
  ])('in %s allows only the app’s own origin for code and connections', (_where, policy) => {
    const csp = parse(policy)
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    for (const [name, values] of csp) {
      for (const v of values) {
        expect(v, name).not.toMatch(/^(https?:|\*|'unsafe-eval'|'unsafe-hashes')/)
        if (name !== 'style-src') expect(v, name).not.toBe("'unsafe-inline'")
      }
    }
  })

  it('index.html has no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/)
      expect(body.trim()).toBe('')
    }
  })
})
