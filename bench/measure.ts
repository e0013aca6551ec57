// Timing helpers for the benchmark: wall-clock milliseconds, percentiles, garbage collection.
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

export async function timeMs(fn: () => unknown): Promise<number> {
  const start = nowMs()
  await fn()
  return nowMs() - start
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export const median = (values: number[]): number => percentile(values, 50)

/** Runs a full collection when node was started with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}
