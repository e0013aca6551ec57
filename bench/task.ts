// Child-process entry: runs one part of one benchmark task and prints its metrics and peak memory.
// node --import tsx --expose-gc bench/task.ts <task> <part>
import { errorLine } from '../src/core/errors'
import { TASKS } from './tasks'
import type { PartResult } from './bench-types'

export const RESULT_MARK = 'BENCH-RESULT '

async function main(): Promise<void> {
  const [taskName, partName] = process.argv.slice(2)
  const task = TASKS.find((t) => t.name === taskName)
  const part = task?.parts[partName]
  let result: PartResult
  try {
    if (!part) throw new Error(`no part ${taskName}/${partName}`)
    const metrics = await part()
    result = { metrics, peakMb: process.resourceUsage().maxRSS / 1024 }
  } catch (e) {
    result = { metrics: {}, peakMb: process.resourceUsage().maxRSS / 1024, error: errorLine(e) }
  }
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`)
}

if (require.main === module) void main().then(() => process.exit(0))
