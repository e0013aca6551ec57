// Makes sure better-sqlite3's compiled binary matches the runtime about to use it — Node for tests, the
// CLI and the web host; Electron for the desktop app — switching only when needed (see native-abi.mjs).
// Usage: node scripts/ensure-native.mjs node|electron
// The Electron build needs Electron's headers (downloaded once by @electron/rebuild, so internet the
// first time per Electron version); the Node build uses node-gyp with Node's own headers.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureNative } from './native-abi.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const moduleDir = join(root, 'node_modules', 'better-sqlite3')
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node')
const marker = join(moduleDir, '.folio-abi.json')
const cacheDir = join(root, 'node_modules', '.cache', 'folio-native')
const target = process.argv[2] === 'electron' ? 'electron' : 'node'

function electronVersion() {
  const pkg = join(root, 'node_modules', 'electron', 'package.json')
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : 'unknown'
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`)
}

const cached = (tag) => join(cacheDir, `${tag}.node`)

const deps = {
  versions: { electron: electronVersion(), nodeModules: process.versions.modules },
  readMarker: () => {
    try {
      return JSON.parse(readFileSync(marker, 'utf8'))
    } catch {
      return null
    }
  },
  writeMarker: (m) => writeFileSync(marker, JSON.stringify(m) + '\n'),
  hashBinary: () =>
    existsSync(binary) ? createHash('sha256').update(readFileSync(binary)).digest('hex') : null,
  loadsInNode: () =>
    spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root })
      .status === 0,
  cacheHas: (tag) => existsSync(cached(tag)),
  cachePut: (tag) => {
    if (!existsSync(binary)) return
    mkdirSync(cacheDir, { recursive: true })
    copyFileSync(binary, cached(tag))
  },
  cacheRestore: (tag) => copyFileSync(cached(tag), binary),
  rebuild: async (t) => {
    if (t === 'node') return run('npm', ['rebuild', 'better-sqlite3'])
    const { rebuild } = await import('@electron/rebuild')
    await rebuild({
      buildPath: root,
      electronVersion: deps.versions.electron,
      onlyModules: ['better-sqlite3'],
      force: true
    })
  },
  log: (message) => console.log(message)
}

try {
  await ensureNative(target, deps)
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  if (target === 'electron')
    console.error('The Electron build needs internet the first time (Electron headers).')
  process.exit(1)
}
