// Which archive opens, and switching archives keeps the old one when the new one is refused.
import { describe, expect, it, vi } from 'vitest'
import type { Archive } from '../core/archive'
import { chooseArchivePath, createArchiveHolder, parseLastArchive } from './archive-location'

const fakeArchive = (path: string) =>
  ({ path, close: vi.fn() }) as unknown as Archive & { close: ReturnType<typeof vi.fn> }

describe('archive location', () => {
  it('prefers FOLIO_ARCHIVE, then the last opened archive, then the per-user folder', () => {
    expect(chooseArchivePath('/u', { FOLIO_ARCHIVE: '/e.sqlite' }, '/last.sqlite')).toBe('/e.sqlite')
    expect(chooseArchivePath('/u', {}, '/last.sqlite')).toBe('/last.sqlite')
    expect(chooseArchivePath('/u', {}, null)).toBe('/u/archive.sqlite')
    expect(parseLastArchive('{"path":"/x.sqlite"}')).toBe('/x.sqlite')
    expect(parseLastArchive('{')).toBeNull()
    expect(parseLastArchive('{"path":3}')).toBeNull()
  })

  it('switches to a new archive and closes the old one', () => {
    const first = fakeArchive('/a')
    const second = fakeArchive('/b')
    const holder = createArchiveHolder(() => second, first)
    holder.switchTo('/b')
    expect(holder.current()).toBe(second)
    expect(first.close).toHaveBeenCalled()
  })

  it('keeps the open archive when the chosen file is refused', () => {
    const first = fakeArchive('/a')
    const holder = createArchiveHolder(() => {
      throw new Error('This file is not a Folio archive.')
    }, first)
    expect(() => holder.switchTo('/photo.png')).toThrow(/not a Folio archive/)
    expect(holder.current()).toBe(first)
    expect(first.close).not.toHaveBeenCalled()
  })
})
