// The printed table and the JSON file: every figure beside its baseline, PASS/MISS per target.
import type { Figure } from './bench-types'

function fmt(n: number | null, unit = ''): string {
  if (n === null) return 'not measured'
  return `${n.toLocaleString('en-US')}${unit ? ' ' + unit : ''}`
}

export function verdict(f: Figure): string {
  if (!f.targets.length) return '—'
  return f.targets.map((t) => `${t.pass ? 'PASS' : 'MISS'} ${t.text}`).join('; ')
}

export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    fmt(f.value, f.unit),
    f.baseline === null ? '—' : `${fmt(f.baseline, f.unit)} (${f.baselineLabel})`,
    f.comparison,
    verdict(f),
    f.peakMb === null ? '—' : `${Math.round(f.peakMb)} MB`
  ])
  const head = ['Figure', 'Folio', 'Baseline (same run)', 'Folio vs baseline', 'Targets', 'Peak memory']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  const out = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)]
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.label}: ${f.note}`)
  return [...out, '', ...notes].join('\n')
}

export function summary(figures: Figure[]): { pass: number; miss: number } {
  let pass = 0
  let miss = 0
  for (const f of figures)
    for (const t of f.targets)
      if (t.pass) pass++
      else miss++
  return { pass, miss }
}
