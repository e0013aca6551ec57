// A disk that fills up while an export is written (a file-size limit on the writing process): one
// clear line, no half-written file, no temporary file left, and an earlier export left as it was.
import { afterEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openArchive } from '../archive'
import { exportArticlePdf } from '../export/pdf/article-pdf'
import { addArticles, removeTempDirs, tempDir } from './test-fixtures'

afterEach(removeTempDirs)

const ROOT = resolve(__dirname, '../../..')

/** Runs the writer with a file-size limit of `kb` KB (ulimit -f counts 1 KB blocks in bash). */
function writeLimited(
  source: string,
  target: string,
  kb: number
): { ok: boolean; code: string | null; message?: string } {
  const out = execFileSync(
    'bash',
    [
      '-c',
      `ulimit -f ${kb}; exec "${process.execPath}" --import tsx src/core/safety/limited-writer.ts "$0" "$1"`,
      source,
      target
    ],
    { cwd: ROOT, env: { ...process.env, TSX_DISABLE_CACHE: '1' }, encoding: 'utf8' }
  )
  return JSON.parse(out.trim().split('\n').pop()!)
}

async function pdfFile(dir: string): Promise<string> {
  const archive = openArchive(join(dir, 'archive.sqlite'))
  const [id] = addArticles(archive, 1, 1)
  const bytes = await exportArticlePdf(archive, id)
  archive.close()
  const source = join(dir, 'source.pdf')
  writeFileSync(source, bytes)
  return source
}

describe('full disk during export', () => {
  it('reports the failure in one line and leaves no file behind', async () => {
    const dir = tempDir()
    const source = await pdfFile(dir)
    const outDir = tempDir()
    const target = join(outDir, 'brief.pdf')
    const r = writeLimited(source, target, 8)
    expect(r.ok).toBe(false)
    expect(r.message).toMatch(/brief\.pdf/)
    expect(r.message).not.toMatch(/\n| {4}at /)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(outDir)).toEqual([])
  }, 60_000)

  it('leaves an earlier export of the same name untouched', async () => {
    const dir = tempDir()
    const source = await pdfFile(dir)
    const outDir = tempDir()
    const target = join(outDir, 'brief.pdf')
    writeFileSync(target, 'the earlier export')
    expect(writeLimited(source, target, 8).ok).toBe(false)
    expect(readFileSync(target, 'utf8')).toBe('the earlier export')
    expect(readdirSync(outDir)).toEqual(['brief.pdf'])
  }, 60_000)

  it('writes the whole file when the space suffices', async () => {
    const dir = tempDir()
    const source = await pdfFile(dir)
    const target = join(tempDir(), 'brief.pdf')
    expect(writeLimited(source, target, 100_000).ok).toBe(true)
    expect(readFileSync(target).equals(readFileSync(source))).toBe(true)
  }, 60_000)
})
