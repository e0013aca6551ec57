// Switching better-sqlite3 between Node and Electron: only when needed, from the cache when possible,
// and never leaving the other runtime without a working binary.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ensureNative, type NativeDeps, type NativeMarker } from './native-abi.mjs'

/** A simulated install: the "binary" is a string naming the ABI it was built for. */
function machine(initial: string, options: { electronBuildFails?: boolean } = {}) {
  const state = {
    binary: initial as string | null,
    marker: null as NativeMarker | null,
    cache: new Map<string, string>(),
    rebuilds: [] as string[],
    log: [] as string[]
  }
  const hash = (s: string) => createHash('sha256').update(s).digest('hex')
  const deps: NativeDeps = {
    versions: { electron: '45.5.0', nodeModules: '115' },
    readMarker: () => state.marker,
    writeMarker: (m) => void (state.marker = m),
    hashBinary: () => (state.binary ? hash(state.binary) : null),
    loadsInNode: () => state.binary === 'node-abi115',
    cacheHas: (tag) => state.cache.has(tag),
    cachePut: (tag) => void (state.binary && state.cache.set(tag, state.binary)),
    cacheRestore: (tag) => void (state.binary = state.cache.get(tag) ?? null),
    rebuild: async (target) => {
      state.rebuilds.push(target)
      if (target === 'electron' && options.electronBuildFails) {
        state.binary = 'half-built garbage'
        throw new Error('no headers (offline)')
      }
      state.binary = target === 'node' ? 'node-abi115' : 'electron-45.5.0'
    },
    log: (m) => void state.log.push(m)
  }
  return { state, deps }
}

describe('ensure native module', () => {
  it('does nothing for Node when the module already loads', async () => {
    const { state, deps } = machine('node-abi115')
    expect(await ensureNative('node', deps)).toBe('ok')
    expect(state.rebuilds).toEqual([])
    expect(state.marker?.tag).toBe('node-abi115')
  })

  it('builds for Electron once, then switches both ways from the cache without rebuilding', async () => {
    const { state, deps } = machine('node-abi115')
    await ensureNative('node', deps)
    expect(await ensureNative('electron', deps)).toBe('rebuilt')
    expect(state.binary).toBe('electron-45.5.0')
    expect(await ensureNative('electron', deps)).toBe('ok') // second npm start: nothing to do
    expect(await ensureNative('node', deps)).toBe('restored') // npm test after npm start
    expect(state.binary).toBe('node-abi115')
    expect(await ensureNative('electron', deps)).toBe('restored')
    expect(state.rebuilds).toEqual(['electron'])
  })

  it('rebuilds for Node when the binary is Electron’s and nothing is cached', async () => {
    const { state, deps } = machine('electron-45.5.0')
    expect(await ensureNative('node', deps)).toBe('rebuilt')
    expect(state.rebuilds).toEqual(['node'])
    expect(state.binary).toBe('node-abi115')
  })

  it('puts the Node binary back when the Electron build fails, so npm test still works', async () => {
    const { state, deps } = machine('node-abi115', { electronBuildFails: true })
    await expect(ensureNative('electron', deps)).rejects.toThrow(
      /could not be built for electron-45\.5\.0: no headers/
    )
    expect(state.binary).toBe('node-abi115')
    expect(state.marker?.tag).toBe('node-abi115')
    expect(await ensureNative('node', deps)).toBe('ok')
    expect(state.rebuilds).toEqual(['electron'])
  })

  it('does not trust a marker when the binary was replaced behind its back', async () => {
    const { state, deps } = machine('node-abi115')
    await ensureNative('electron', deps)
    state.binary = 'rebuilt by hand for something else'
    expect(await ensureNative('electron', deps)).toBe('restored')
    expect(state.binary).toBe('electron-45.5.0')
  })
})
