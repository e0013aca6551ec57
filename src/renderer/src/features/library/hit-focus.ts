// Where the reader opens a search hit: the snippet's longest run of highlights standing side by side
// ("hợp tác", not the lone "hợp" before it), as a body range; the first such run when several tie.
import type { SearchHit, TextRange } from '../../../../shared/api'

export function hitFocus(hit: SearchHit): TextRange | null {
  const s = hit.snippet
  if (!s || s.highlights.length === 0) return null
  const hs = s.highlights
  let best = { start: hs[0].start, end: hs[0].end, count: 1 }
  let run = { ...best }
  for (let k = 1; k < hs.length; k++) {
    const joined = /^\s+$/u.test(s.text.slice(hs[k - 1].end, hs[k].start))
    run = joined ? { ...run, end: hs[k].end, count: run.count + 1 } : { ...hs[k], count: 1 }
    if (run.count > best.count) best = run
  }
  return { start: s.bodyStart + best.start, end: s.bodyStart + best.end }
}
