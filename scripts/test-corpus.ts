// `npm run test:corpus`: runs the importer, search and exports over ../shared/corpus, prints a table,
// writes test-results/corpus.json, and exits non-zero if any expectation fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SECTIONS } from './corpus/sections'
import type { CorpusSection } from './corpus/corpus-types'

async function main(): Promise<number> {
  const corpusDir = resolve(process.env.FOLIO_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus'))
  if (!existsSync(corpusDir)) {
    console.log(`No corpus at ${corpusDir}; nothing to check.`)
    return 0
  }
  const tempDir = mkdtempSync(join(tmpdir(), 'folio-corpus-'))
  const sections: CorpusSection[] = []
  try {
    for (const check of SECTIONS) sections.push(await check({ corpusDir, tempDir }))
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }
  const header = ['section', 'files', 'imported', 'duplicates', 'refused', 'failed', 'titles matched']
  const rows = sections.map((s) => [
    s.name,
    String(s.files),
    String(s.imported),
    String(s.duplicates),
    String(s.refused),
    String(s.failed),
    s.titlesTotal ? `${s.titlesMatched}/${s.titlesTotal}` : '-'
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const fmt = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ')
  console.log(fmt(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  rows.forEach((r) => console.log(fmt(r)))
  console.log('')
  const expectations = sections.flatMap((s) => s.expectations.map((e) => ({ ...e, section: s.name })))
  for (const e of expectations)
    console.log(`${e.ok ? 'PASS' : 'FAIL'}  [${e.section}] ${e.name}: ${e.detail}`)
  const failed = expectations.filter((e) => !e.ok).length
  mkdirSync(join(__dirname, '..', 'test-results'), { recursive: true })
  writeFileSync(
    join(__dirname, '..', 'test-results', 'corpus.json'),
    JSON.stringify({ passed: expectations.length - failed, failed, sections }, null, 2)
  )
  console.log(`corpus: ${expectations.length - failed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`corpus: ${e instanceof Error ? e.stack : e}`)
    process.exit(1)
  }
)
