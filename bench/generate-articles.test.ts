// The benchmark corpus must be the same on every run and look like Vietnamese news to the indexer.
import { describe, expect, it } from 'vitest'
import { generateArticle, toDraft, toHtmlPage, toTextClip, vocabulary } from './generate-articles'
import { generatePassages } from './generate-passages'
import { renderTable, summary } from './report'

describe('generated articles', () => {
  it('are deterministic per index and differ between indexes', () => {
    expect(toTextClip(generateArticle(42))).toBe(toTextClip(generateArticle(42)))
    expect(generateArticle(42).title).not.toBe(generateArticle(43).title)
  })

  it('are about 8 KB of NFC Vietnamese text with headings', () => {
    const d = toDraft(generateArticle(5))
    const bytes = Buffer.byteLength(d.body)
    expect(bytes).toBeGreaterThan(7500)
    expect(bytes).toBeLessThan(10500)
    expect(d.body).toBe(d.body.normalize('NFC'))
    expect(d.body).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/)
    expect(d.blocks.some((b) => b.kind === 'heading')).toBe(true)
    expect(toHtmlPage(generateArticle(5))).toContain('<article>')
  })

  it('draw words with Zipf-like frequencies', () => {
    const words = Array.from({ length: 50 }, (_, i) => toDraft(generateArticle(i)).body)
      .join(' ')
      .toLowerCase()
      .split(/[\s,.]+/)
    const count = (w: string) => words.filter((x) => x === w).length
    const v = vocabulary().words
    expect(count(v[0])).toBeGreaterThan(count(v[10]))
    expect(count(v[10])).toBeGreaterThan(count(v[5000]))
  })

  it('passages are word-aligned slices of the body with valid quote selectors', () => {
    const { body } = toDraft(generateArticle(9))
    for (const p of generatePassages(body, 9, 30, 20)) {
      expect(p.exact).toBe(body.slice(p.start, p.end))
      expect(p.start === 0 || /\s/.test(body[p.start - 1])).toBe(true)
      expect(body.slice(p.start - p.prefix.length, p.start)).toBe(p.prefix)
      expect(p.themes.every((t) => t >= 0 && t < 20)).toBe(true)
    }
  })
})

describe('bench report', () => {
  it('prints PASS/MISS per target and counts them', () => {
    const figures = [
      {
        label: 'A',
        value: 5,
        unit: 'ms',
        baseline: 4,
        baselineLabel: 'bare',
        comparison: '1.25× bare',
        targets: [{ text: '< 10 ms', pass: true }],
        peakMb: 100
      },
      {
        label: 'B',
        value: null,
        unit: 'ms',
        baseline: null,
        baselineLabel: 'bare',
        comparison: '—',
        targets: [{ text: '< 1 ms', pass: false }],
        peakMb: null,
        note: 'module missing'
      }
    ]
    const table = renderTable(figures)
    expect(table).toContain('PASS < 10 ms')
    expect(table).toContain('MISS < 1 ms')
    expect(table).toContain('not measured')
    expect(table).toContain('- B: module missing')
    expect(summary(figures)).toEqual({ pass: 1, miss: 1 })
  })
})
