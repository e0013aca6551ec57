// `npm test`: type check, lint, unit tests (vitest), e2e (Playwright in Chromium), then one summary line
// "N passed, N failed, N skipped" summing every suite. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const tmp = join(root, 'test-results')
mkdirSync(tmp, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

function check(name, cmd, args) {
  const ok = run(cmd, args) === 0
  totals[ok ? 'passed' : 'failed']++
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`)
}

check('typecheck', 'npm', ['run', '-s', 'typecheck'])
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.'])

// Unit tests: vitest's JSON report gives the counts.
const vitestJson = join(tmp, 'vitest.json')
rmSync(vitestJson, { force: true })
const vStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`
])
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'))
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests + (vStatus !== 0 && r.numFailedTests === 0 ? 1 : 0)
  totals.skipped += skipped
  lines.push(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`)
} else {
  totals.failed++
  lines.push('unit: FAILED (no report)')
}

// End-to-end: Playwright's JSON report gives the counts.
if (existsSync(join(root, 'playwright.config.ts'))) {
  const pwJson = join(tmp, 'playwright.json')
  rmSync(pwJson, { force: true })
  const pStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson
  })
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats
    const failed = (s.unexpected ?? 0) + (s.flaky ?? 0)
    totals.passed += s.expected ?? 0
    totals.failed += failed + (pStatus !== 0 && failed === 0 ? 1 : 0)
    totals.skipped += s.skipped ?? 0
    lines.push(`e2e: ${s.expected ?? 0} passed, ${failed} failed, ${s.skipped ?? 0} skipped`)
  } else {
    totals.failed++
    lines.push('e2e: FAILED (no report)')
  }
}

// The corpus suite, when asked for (CI) and when the shared corpus is beside the checkout.
if (process.argv.includes('--with-corpus') && existsSync(join(root, '..', 'shared', 'corpus'))) {
  const corpusJson = join(tmp, 'corpus.json')
  rmSync(corpusJson, { force: true })
  const cStatus = run('npm', ['run', '-s', 'test:corpus'])
  if (existsSync(corpusJson)) {
    const c = JSON.parse(readFileSync(corpusJson, 'utf8'))
    totals.passed += c.passed
    totals.failed += c.failed + (cStatus !== 0 && c.failed === 0 ? 1 : 0)
    lines.push(`corpus: ${c.passed} passed, ${c.failed} failed`)
  } else {
    totals.failed++
    lines.push('corpus: FAILED (no report)')
  }
}

console.log('\n' + lines.join('\n'))
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
