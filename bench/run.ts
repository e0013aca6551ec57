// npm run bench: builds (or reuses) the generated archives, runs each task part in its own process,
// prints one table and writes bench/results.json. Options: --only <task,…>
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { ensureBenchArchive } from './bench-archive'
import { BENCH_SIZES } from './bench-sizes'
import type { Figure, PartResult } from './bench-types'
import { renderTable, summary } from './report'
import { RESULT_MARK } from './task'
import { TASKS } from './tasks'

const ROOT = resolve(__dirname, '..')

function runPart(task: string, part: string): Promise<PartResult> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', 'bench/task.ts', task, part], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK))
      if (line) res(JSON.parse(line.slice(RESULT_MARK.length)) as PartResult)
      else
        res({ metrics: {}, peakMb: 0, error: `the ${task}/${part} process exited ${code} without a result` })
    })
  })
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--only')
  const only = i > 0 ? process.argv[i + 1].split(',') : null
  const started = Date.now()
  for (const spec of BENCH_SIZES) {
    const t = Date.now()
    const path = ensureBenchArchive(spec, (l) => process.stderr.write(l + '\n'))
    process.stderr.write(
      `archive ${spec.articles.toLocaleString('en-US')} articles: ${path} (${((Date.now() - t) / 1000).toFixed(0)} s)\n`
    )
  }
  const resultsPath = join(__dirname, 'results.json')
  // with --only, the other tasks' figures are kept from the previous run's results.json
  const previous: (Figure & { task: string })[] =
    only && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')).figures : []
  const figures: (Figure & { task: string })[] = []
  for (const task of TASKS) {
    if (only && !only.includes(task.name)) {
      figures.push(...previous.filter((f) => f.task === task.name))
      continue
    }
    const results: Record<string, PartResult> = {}
    for (const part of Object.keys(task.parts)) {
      process.stderr.write(`running ${task.name}/${part}…\n`)
      results[part] = await runPart(task.name, part)
    }
    figures.push(...task.figures(results).map((f) => ({ task: task.name, ...f })))
  }
  const table = renderTable(figures)
  const { pass, miss } = summary(figures)
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    node: process.version,
    sqlite: (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  }
  console.log(table)
  console.log(
    `\n${pass} targets PASS, ${miss} MISS (${((Date.now() - started) / 1000).toFixed(0)} s; ${machine.cpus} CPUs, node ${machine.node}, SQLite ${machine.sqlite})`
  )
  writeFileSync(
    resultsPath,
    JSON.stringify({ generatedAt: new Date().toISOString(), machine, pass, miss, figures }, null, 2) + '\n'
  )
  process.exitCode = miss ? 1 : 0
}

if (require.main === module) void main()
