// Deterministic passages over a generated body: word-aligned ranges with quote selectors and themes.
import { intBetween, mulberry32, seedOf } from './prng'

export interface GeneratedPassage {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  /** Indexes into the theme list (1 or 2 of them). */
  themes: number[]
}

/** `count` passages on `body`, sorted by start; overlaps allowed, as researchers do. */
export function generatePassages(
  body: string,
  articleIndex: number,
  count: number,
  themeCount: number
): GeneratedPassage[] {
  const rng = mulberry32(seedOf('passages', articleIndex))
  const out: GeneratedPassage[] = []
  for (let i = 0; i < count; i++) {
    let start = intBetween(rng, 0, Math.max(0, body.length - 200))
    while (start > 0 && body[start - 1] !== ' ' && body[start - 1] !== '\n') start--
    let end = Math.min(body.length, start + intBetween(rng, 40, 260))
    while (end < body.length && body[end] !== ' ' && body[end] !== '\n') end++
    const first = intBetween(rng, 0, themeCount - 1)
    const themes =
      rng() < 0.4 ? [first, (first + 1 + intBetween(rng, 0, themeCount - 2)) % themeCount] : [first]
    out.push({
      start,
      end,
      exact: body.slice(start, end),
      prefix: body.slice(Math.max(0, start - 32), start),
      suffix: body.slice(end, end + 32),
      note: rng() < 0.3 ? `Ghi chú ${i + 1}: đoạn này cho thấy xu hướng hợp tác vùng.` : '',
      themes
    })
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}
