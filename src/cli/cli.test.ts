// The CLI as a user runs it: a real process, a real archive file, one clear line for every error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..', '..')
let dir: string
let archivePath: string

function folio(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), '--archive', archivePath, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FOLIO_ARCHIVE: '' }
    }
  )
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

const CLIP = [
  'Tin địa phương',
  '',
  'Vĩnh Long: Hai mươi năm hợp tác với các tỉnh',
  '',
  'Tỉnh đã ký nhiều thỏa thuận liên kết vùng và mở rộng quan hệ đối ngoại.',
  '',
  'Liên kết vùng',
  '',
  'Các địa phương trong vùng phối hợp quy hoạch giao thông và thủy lợi.',
  '',
  'Tác giả: TRẦN THỊ BÌNH',
  '',
  'Nguồn tin: vinhlong.example',
  '',
  'TOP'
].join('\n')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-cli-'))
  archivePath = join(dir, 'archive.sqlite')
  writeFileSync(join(dir, 'clip.txt'), CLIP)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('folio CLI', () => {
  it('imports a clip and shows it with every field as JSON', () => {
    const imp = folio('import', join(dir, 'clip.txt'), '--json')
    expect(imp.code).toBe(0)
    expect(JSON.parse(imp.stdout).counts.imported).toBe(1)
    const show = folio('show', '1', '--json')
    expect(show.code).toBe(0)
    const a = JSON.parse(show.stdout)
    expect(a).toMatchObject({
      title: 'Vĩnh Long: Hai mươi năm hợp tác với các tỉnh',
      category: 'Tin địa phương',
      author: 'TRẦN THỊ BÌNH',
      source: 'vinhlong.example'
    })
    expect(a.body).not.toContain('TOP')
    const headings = a.blocks.filter((b: { kind: string }) => b.kind === 'heading')
    expect(headings.map((b: { start: number; end: number }) => a.body.slice(b.start, b.end))).toEqual([
      'Liên kết vùng'
    ])
  })

  it('lists articles and the default themes', () => {
    expect(folio('list').stdout).toContain('Vĩnh Long: Hai mươi năm hợp tác với các tỉnh')
    const themes = JSON.parse(folio('themes', '--json').stdout)
    expect(themes.map((t: { nameVi: string }) => t.nameVi)).toEqual([
      'Liên kết vùng',
      'Đối ngoại',
      'Phương hướng'
    ])
  })

  it('reports a second import of the same file as a duplicate', () => {
    const r = folio('import', join(dir, 'clip.txt'))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^duplicate .*article 1\./m)
  })

  it.each([
    [['show', '999'], /There is no article 999/],
    [['show', 'abc'], /not a valid article id/],
    [['import', join('/nonexistent', 'x.txt')], /No such file/],
    [['list', '--sort', 'colour'], /Unknown sort/],
    [['frobnicate'], /unknown command/]
  ])('%j fails with one clear line and a non-zero exit', (args, message) => {
    const r = folio(...(args as string[]))
    expect(r.code).not.toBe(0)
    const out = (r.stderr + r.stdout).trim()
    expect(out).toMatch(message)
    expect(out).not.toMatch(/\n\s+at /) // no stack trace
  })

  // process.exit() used to drop what was still queued for the pipe: a reader got the first 64 KB.
  it('writes a long answer whole into a pipe', () => {
    const paragraph =
      'Các tỉnh đồng bằng sông Cửu Long ký thỏa thuận liên kết vùng về giao thông và thủy lợi. '
    const long = join(dir, 'long.txt')
    writeFileSync(long, `Một bài rất dài\n\n${paragraph.repeat(3000)}`)
    const imp = JSON.parse(folio('import', long, '--json').stdout)
    const id = imp.outcomes[0].articleId
    // through a shell pipe to a reader that starts late, as `folio show … | jq` can
    const cli = [process.execPath, '--import', 'tsx', join(root, 'src/cli/index.ts')].map((a) => `'${a}'`)
    const show = spawnSync(
      'sh',
      ['-c', `${cli.join(' ')} --archive '${archivePath}' show ${id} --json | (sleep 0.3; cat)`],
      { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
    )
    expect(show.stdout.length).toBeGreaterThan(250_000)
    expect(JSON.parse(show.stdout).body).toContain('thủy lợi')
  })

  it('refuses an archive path that is not an archive, without touching it', () => {
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'my notes, not a database '.repeat(20))
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/index.ts'), '--archive', notes, 'list'],
      {
        cwd: root,
        encoding: 'utf8'
      }
    )
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/not a Folio archive/)
  })
})
