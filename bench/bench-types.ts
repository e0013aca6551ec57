// Shapes shared by the benchmark tasks and the runner: a task's parts (each run in its own process),
// their metrics, and the figures printed in the table.
export type Metrics = Record<string, number | string>

export interface PartResult {
  metrics: Metrics
  /** Peak resident memory of the process that ran the part (MB). */
  peakMb: number
  /** Why the part could not be measured (a module not there yet, a failure). */
  error?: string
}

export interface Target {
  text: string
  pass: boolean
}

export interface Figure {
  label: string
  value: number | null
  unit: string
  baseline: number | null
  baselineLabel: string
  /** Folio beside its baseline, e.g. "84% of bare" or "1.21× bare". */
  comparison: string
  targets: Target[]
  peakMb: number | null
  note?: string
}

export interface BenchTask {
  name: string
  /** Each part runs in a fresh process so its peak memory is its own. */
  parts: Record<string, () => Promise<Metrics>>
  figures(results: Record<string, PartResult>): Figure[]
}

/** Metric `key` of a part as a number, or null when the part did not run. */
export function metric(results: Record<string, PartResult>, part: string, key: string): number | null {
  const v = results[part]?.metrics[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

export function problems(results: Record<string, PartResult>, ...parts: string[]): string | undefined {
  const errs = parts.map((p) => results[p]?.error).filter(Boolean)
  return errs.length ? errs.join('; ') : undefined
}

export function target(text: string, pass: boolean | null): Target[] {
  return pass === null ? [{ text, pass: false }] : [{ text, pass }]
}
