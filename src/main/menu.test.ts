// The menu has the File items the issue names, with shortcuts, and each reaches the page.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from './menu'

function items(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label)
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[]
}

function click(item: MenuItemConstructorOptions | undefined): void {
  ;(item?.click as unknown as () => void)()
}

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const t = buildMenuTemplate({ send: vi.fn(), openArchive: vi.fn() }, 'linux')
    expect(t.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(t.find((m) => m.label === 'Folio')).toBeUndefined()
  })

  it('puts the app menu first on macOS', () => {
    const t = buildMenuTemplate({ send: vi.fn(), openArchive: vi.fn() }, 'darwin')
    expect(t[0].label).toBe('Folio')
  })

  it('File offers import, import from link, export, backup and open archive, each with a shortcut', () => {
    const send = vi.fn()
    const openArchive = vi.fn()
    const file = items(buildMenuTemplate({ send, openArchive }, 'win32'), 'File')
    const byLabel = (l: string) => file.find((i) => i.label === l)
    const expected: [string, string, string | null][] = [
      ['Import Files…', 'CmdOrCtrl+I', 'import-files'],
      ['Import from Link…', 'CmdOrCtrl+L', 'import-url'],
      ['Export…', 'CmdOrCtrl+E', 'export'],
      ['Back Up Now…', 'CmdOrCtrl+Shift+B', 'backup'],
      ['Open Archive…', 'CmdOrCtrl+O', null]
    ]
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(label)
      expect(item?.accelerator, label).toBe(accelerator)
      click(item)
      if (command) expect(send).toHaveBeenLastCalledWith(command)
    }
    expect(openArchive).toHaveBeenCalledTimes(1)
  })

  it('has no shortcut used twice', () => {
    for (const platform of ['linux', 'darwin']) {
      const all: string[] = []
      const walk = (list: MenuItemConstructorOptions[]): void => {
        for (const i of list) {
          if (i.accelerator) all.push(String(i.accelerator))
          if (Array.isArray(i.submenu)) walk(i.submenu)
        }
      }
      walk(buildMenuTemplate({ send: vi.fn(), openArchive: vi.fn() }, platform))
      expect(new Set(all).size, platform).toBe(all.length)
    }
  })

  it('offers developer tools only when asked (never in a packaged app)', () => {
    const view = (devTools: boolean) =>
      items(buildMenuTemplate({ send: vi.fn(), openArchive: vi.fn() }, 'linux', { devTools }), 'View')
    expect(view(false).some((i) => i.role === 'toggleDevTools')).toBe(false)
    expect(view(true).some((i) => i.role === 'toggleDevTools')).toBe(true)
  })
})
