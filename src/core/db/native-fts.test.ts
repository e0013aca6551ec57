// Where folio-fts is looked for: only native/out/ of the package Folio runs from, never a folder
// above it (an AppImage runs from /tmp, where anyone can put a library).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findLibrary } from './native-fts'

const FILE = `folio-fts.${process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so'}`
const lib = (root: string): string => join(root, 'native', 'out', `${process.platform}-${process.arch}`, FILE)
const only =
  (...paths: string[]) =>
  (p: string): boolean =>
    paths.includes(p)

describe('findLibrary', () => {
  it('finds the library of a checkout from the source or the built files', () => {
    const root = join('/', 'work', 'folio')
    const exists = only(join(root, 'package.json'), lib(root))
    expect(findLibrary(join(root, 'src', 'core', 'db'), exists)).toBe(lib(root))
    expect(findLibrary(join(root, 'out', 'main'), exists)).toBe(lib(root))
  })

  it('takes the packaged library from beside app.asar', () => {
    const asar = join('/', 'tmp', '.mount_Folio', 'resources', 'app.asar')
    const unpacked = join('/', 'tmp', '.mount_Folio', 'resources', 'app.asar.unpacked')
    const exists = only(join(asar, 'package.json'), lib(unpacked))
    expect(findLibrary(join(asar, 'out', 'main'), exists)).toBe(lib(unpacked))
  })

  it('never loads a library from above the package', () => {
    const asar = join('/', 'tmp', '.mount_Folio', 'resources', 'app.asar')
    const planted = [
      lib(join('/', 'tmp')),
      lib(join('/', 'tmp', '.mount_Folio')),
      lib(join('/', 'tmp', '.mount_Folio', 'resources'))
    ]
    expect(findLibrary(join(asar, 'out', 'main'), only(join(asar, 'package.json'), ...planted))).toBeNull()
    expect(findLibrary(join(asar, 'out', 'main'), only(...planted))).toBeNull()
  })
})
