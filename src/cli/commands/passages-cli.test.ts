// The annotation commands as a user types them, run in-process (the real commander program and a
// real archive file; src/cli/cli.test.ts already proves the spawned binary behaves the same).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECTIONED_PIECES } from '../../core/passages/test-archive'
import { runCli } from '../index'

let dir: string
let archivePath: string

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = process.stdout.write
  const err = process.stderr.write
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof out
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof err
  try {
    const code = await runCli(['--archive', archivePath, ...args])
    return { code, stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
    process.exitCode = undefined
  }
}

async function folio(...args: string[]): Promise<string> {
  const r = await run(...args)
  if (r.code !== 0) throw new Error(`folio ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

async function folioJson<T>(...args: string[]): Promise<T> {
  return JSON.parse(await folio('--json', ...args)) as T
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'folio-cli-passages-'))
  archivePath = join(dir, 'archive.sqlite')
  const file = join(dir, 'vinh-long.txt')
  writeFileSync(
    file,
    ['Tin địa phương', 'Vĩnh Long: Kết quả hợp tác năm 2024', ...SECTIONED_PIECES.map((p) => p.text)].join(
      '\n\n'
    )
  )
  await folio('import', file)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('folio suggest / stats / tag / passages / themes', () => {
  it('suggests each theme inside its section, accepts all, and stats counts them per theme', async () => {
    const s = await folioJson<{ themeName: string; section: string | null }[]>('suggest', '1')
    const has = (theme: string, section: string): boolean =>
      s.some((x) => x.themeName.startsWith(theme) && x.section === section)
    expect(has('Regional links', 'Liên kết vùng ngày càng thực chất')).toBe(true)
    expect(has('Foreign affairs', 'Đối ngoại và hội nhập quốc tế')).toBe(true)
    expect(has('Outlook', 'Phương hướng trong thời gian tới')).toBe(true)
    const accepted = await folioJson<{ accepted: number }>('suggest', '1', '--accept-all')
    expect(accepted.accepted).toBe(s.length)
    const stats = await folioJson<{ themes: { name: string; passages: number }[] }>('stats')
    for (const name of ['Regional links', 'Foreign affairs', 'Outlook']) {
      expect(stats.themes.find((t) => t.name === name)?.passages).toBeGreaterThan(0)
    }
    expect(await folioJson<unknown[]>('suggest', '1')).toEqual([])
  })

  it('tags by quote with a theme named without accents, lists by theme', async () => {
    const p = await folioJson<{ id: number; exact: string; note: string }>(
      'tag',
      '1',
      '--quote',
      'nuoc sach va giao duc',
      '--theme',
      'doi ngoai',
      '--note',
      'NGO'
    )
    expect(p.exact).toBe('nước sạch và giáo dục')
    const listed = await folioJson<{ id: number }[]>('passages', '--theme', 'Đối ngoại')
    expect(listed.map((x) => x.id)).toContain(p.id)
    expect((await folio('passages', '--orphans')).trim()).toBe('No orphaned passages.')
  })

  it('refuses bad input with one plain line and a failing exit status', async () => {
    for (const args of [
      ['tag', '1', '--range', '240:120', '--theme', '1'],
      ['tag', '1', '--range', '1:999999', '--theme', '1'],
      ['tag', '1', '--range', '0:10', '--theme', 'Kinh tế'],
      ['themes', 'add', 'OUTLOOK'],
      ['themes', 'color', '1', 'blue'],
      ['themes', 'merge', '1', '1']
    ]) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).not.toBe(0)
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(r.stderr).toMatch(/^folio: /)
    }
  })

  it('edits the codebook from the command line', async () => {
    const t = await folioJson<{ id: number; color: string }>(
      'themes',
      'add',
      'Economy',
      '--vi',
      'Kinh tế',
      '--keyword',
      'đầu tư, xuất khẩu'
    )
    await folio('themes', 'rename', 'kinh te', 'Economy and trade', '--vi', 'Kinh tế thương mại')
    await folio('themes', 'color', String(t.id), '#8A56C2')
    await folio('themes', 'move', String(t.id), '--parent', 'Foreign affairs')
    const themes =
      await folioJson<
        { id: number; name: string; color: string; parentId: number | null; keywords: string[] }[]
      >('themes')
    expect(themes.find((x) => x.id === t.id)).toMatchObject({
      name: 'Economy and trade',
      color: '#8A56C2',
      parentId: 2,
      keywords: ['đầu tư', 'xuất khẩu']
    })
    await folio('themes', 'delete', String(t.id))
    expect((await folioJson<{ id: number }[]>('themes')).map((x) => x.id)).not.toContain(t.id)
  })

  it('deletes and restores a passage, writes memos and fills a collection', async () => {
    const p = await folioJson<{ id: number }>(
      'tag',
      '1',
      '--quote',
      'cải cách hành chính',
      '--theme',
      'Outlook'
    )
    await folio('passage', 'delete', String(p.id))
    expect((await folioJson<{ id: number }[]>('passages')).map((x) => x.id)).not.toContain(p.id)
    expect((await folioJson<{ id: number }>('passage', 'undo')).id).toBe(p.id)
    await folio('memo', 'add', '--theme', 'phuong huong', 'Chỉ mã hóa kế hoạch cụ thể.')
    await folio('memo', 'add', '--whole-archive', 'Câu hỏi: hợp tác vùng.')
    const memos = await folioJson<{ target: { kind: string } }[]>('memo', 'list')
    expect(memos.map((m) => m.target.kind)).toEqual(['theme', 'archive'])
    await folio('collection', 'create', 'Vĩnh Long')
    await folio('collection', 'add', 'vinh long', '1')
    expect(await folioJson<{ name: string; articleCount: number }[]>('collection', 'list')).toEqual([
      expect.objectContaining({ name: 'Vĩnh Long', articleCount: 1 })
    ])
  })
})
