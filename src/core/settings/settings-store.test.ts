// Preferences survive reopening the archive and refuse values the UI could not show.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openArchive } from '../archive'
import { DEFAULT_PREFERENCES, readPreferences, savePreferences } from './settings-store'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('settings store', () => {
  it('starts with the defaults', () => {
    const a = openArchive(':memory:')
    expect(readPreferences(a.db)).toEqual(DEFAULT_PREFERENCES)
    a.close()
  })

  it('keeps saved values after the archive is closed and reopened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-settings-'))
    dirs.push(dir)
    const path = join(dir, 'a.sqlite')
    const a = openArchive(path)
    savePreferences(a.db, { language: 'en', authorName: '  Nguyễn Thị Hà ' })
    savePreferences(a.db, { paperSize: 'Letter' })
    a.close()
    const b = openArchive(path)
    expect(readPreferences(b.db)).toEqual({
      language: 'en',
      authorName: 'Nguyễn Thị Hà',
      paperSize: 'Letter'
    })
    b.close()
  })

  it('refuses an unknown language or paper size and changes nothing', () => {
    const a = openArchive(':memory:')
    expect(() => savePreferences(a.db, { language: 'fr' as 'vi' })).toThrow(/interface language/)
    expect(() => savePreferences(a.db, { paperSize: 'A3' as 'A4' })).toThrow(/paper size/)
    expect(readPreferences(a.db)).toEqual(DEFAULT_PREFERENCES)
    a.close()
  })
})
