// folio export qdpx|qdc from the command line: files written, counts printed, bad paths one line.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openArchive } from '../../core/archive'
import { buildFixture } from '../../core/exchange/test-fixture'
import { runCli } from '../index'

let dir: string
let archivePath: string
let out: string[]
let err: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-cli-qda-'))
  archivePath = join(dir, 'a.sqlite')
  const a = openArchive(archivePath)
  buildFixture(a)
  a.close()
  out = []
  err = []
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0)
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0)
})
afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

describe('folio export qdpx / qdc', () => {
  it('writes a .qdpx zip and says what is in it', async () => {
    const file = join(dir, 'dự án.qdpx')
    expect(await runCli(['--archive', archivePath, 'export', 'qdpx', '-o', file])).toBe(0)
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK')
    expect(out.join('')).toBe(`Wrote ${file}: 2 articles, 5 passages, 6 themes, 3 memos.\n`)
  })

  it('writes the codebook to stdout, or to a file with -o and --json counts', async () => {
    expect(await runCli(['--archive', archivePath, 'export', 'qdc'])).toBe(0)
    expect(out.join('')).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"')
    out = []
    const file = join(dir, 'codes.qdc')
    expect(await runCli(['--archive', archivePath, '--json', 'export', 'qdc', '-o', file])).toBe(0)
    expect(JSON.parse(out.join(''))).toEqual({ file, themes: 6 })
    expect(readFileSync(file, 'utf8')).toContain('name="Nông nghiệp 🌾"')
  })

  it('an unwritable destination is one line on stderr and no file', async () => {
    const file = join(dir, 'missing', 'x.qdpx')
    expect(await runCli(['--archive', archivePath, 'export', 'qdpx', '-o', file])).toBe(1)
    expect(err.join('')).toBe(`folio: Cannot write ${file} (ENOENT).\n`)
    expect(existsSync(file)).toBe(false)
  })
})
