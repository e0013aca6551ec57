// Native dialogs: the right kind of dialog, cancel respected, exports written whole or not at all.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createDialogs, writeFileAtomically } from './dialogs'

const dir = mkdtempSync(join(tmpdir(), 'folio-dialogs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function fake(
  open: { canceled: boolean; filePaths: string[] },
  save: { canceled: boolean; filePath?: string }
) {
  return {
    showOpenDialog: vi.fn(async (_options: OpenDialogOptions) => open),
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => save)
  }
}

describe('dialogs', () => {
  it('opens files (several) or folders, and returns nothing when cancelled', async () => {
    const d = fake({ canceled: false, filePaths: ['/a.html', '/b.txt'] }, { canceled: true })
    const dialogs = createDialogs(d)
    expect(await dialogs.pickImportPaths('files')).toEqual(['/a.html', '/b.txt'])
    expect(d.showOpenDialog.mock.calls[0][0]).toMatchObject({ properties: ['openFile', 'multiSelections'] })
    await dialogs.pickImportPaths('folder')
    expect(d.showOpenDialog.mock.calls[1][0].properties).toContain('openDirectory')
    const cancelled = createDialogs(fake({ canceled: true, filePaths: ['/x'] }, { canceled: true }))
    expect(await cancelled.pickImportPaths('files')).toEqual([])
    expect(await cancelled.pickFolder()).toBeNull()
  })

  it('saves an export where the user chose, proposing its name and type', async () => {
    const target = join(dir, 'bản tin.pdf')
    const d = fake({ canceled: true, filePaths: [] }, { canceled: false, filePath: target })
    const bytes = new TextEncoder().encode('%PDF-1.7 test')
    const path = await createDialogs(d).saveFile({
      fileName: 'bản tin.pdf',
      mimeType: 'application/pdf',
      bytes
    })
    expect(path).toBe(target)
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test')
    expect(d.showSaveDialog.mock.calls[0][0]).toMatchObject({
      defaultPath: 'bản tin.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }]
    })
  })

  it('writes nothing when the save is cancelled', async () => {
    const write = vi.fn()
    const d = fake({ canceled: true, filePaths: [] }, { canceled: true })
    expect(
      await createDialogs(d, write).saveFile({
        fileName: 'a.csv',
        mimeType: 'text/csv',
        bytes: new Uint8Array([1])
      })
    ).toBeNull()
    expect(write).not.toHaveBeenCalled()
  })

  it('never leaves a half-written file: a failed write keeps the old file and no partial', () => {
    const target = join(dir, 'keep.csv')
    writeFileAtomically(target, new TextEncoder().encode('old'))
    expect(() => writeFileAtomically(join(dir, 'no-such-folder', 'x.csv'), new Uint8Array([1]))).toThrow()
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir).filter((n) => n.includes('partial'))).toEqual([])
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false)
  })
})
