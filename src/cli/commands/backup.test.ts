// folio backup / folio restore through the real command line.
import { afterEach, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openArchive } from '../../core/archive'
import { listBackups } from '../../core/backup'
import {
  addArticles,
  articleTitles,
  fileHash,
  makeArchive,
  removeTempDirs,
  tempDir
} from '../../core/safety/test-fixtures'

afterEach(removeTempDirs)

const ROOT = resolve(__dirname, '../../..')

function folio(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('folio backup and restore', () => {
  it('backs up, remembers settings, lists, and restores keeping a copy', () => {
    const dir = tempDir()
    const path = makeArchive(join(dir, 'archive.sqlite'), 2)
    const made = folio(
      '--archive',
      path,
      'backup',
      '--folder',
      join(dir, 'safe'),
      '--keep',
      '3',
      '--remember'
    )
    expect(made.code).toBe(0)
    expect(made.out).toMatch(/^Backed up to .*safe.*archive\..*\.manual\.sqlite/)
    const [backup] = listBackups(path, join(dir, 'safe'))
    const a = openArchive(path)
    addArticles(a, 50, 3)
    a.close()
    expect(folio('--archive', path, 'backup', '--list').out).toContain(backup.path)
    const restored = folio('--archive', path, 'restore', backup.path, '--json')
    expect(restored.code).toBe(0)
    const result = JSON.parse(restored.out) as { keptCopy: string }
    const now = openArchive(path)
    expect(articleTitles(now)).toHaveLength(2)
    now.close()
    const kept = openArchive(result.keptCopy)
    expect(articleTitles(kept)).toHaveLength(5)
    kept.close()
  }, 60_000)

  it('refuses to restore a file that is not an archive, in one line, changing nothing', () => {
    const dir = tempDir()
    const path = makeArchive(join(dir, 'archive.sqlite'), 1)
    const before = fileHash(path)
    writeFileSync(join(dir, 'notes.txt'), 'không phải kho lưu trữ')
    const r = folio('--archive', path, 'restore', join(dir, 'notes.txt'))
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(/not a Folio archive.*Nothing was restored/)
    expect(fileHash(path)).toBe(before)
  }, 60_000)
})
