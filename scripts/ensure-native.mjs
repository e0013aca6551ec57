// Makes sure better-sqlite3's compiled binary matches the runtime about to use it: Node for tests and the
// CLI, Electron for the desktop app. It checks by loading, and rebuilds only when the ABI is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const marker = join(root, 'node_modules', 'better-sqlite3', '.folio-abi')
const target = process.argv[2] === 'electron' ? 'electron' : 'node'

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function loadsInNode() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root
  })
  return r.status === 0
}

if (target === 'node') {
  if (!loadsInNode()) {
    console.log('better-sqlite3 was built for Electron; rebuilding it for Node…')
    sh('npm', ['rebuild', 'better-sqlite3'])
  }
  writeFileSync(marker, `node-${process.versions.modules}\n`)
} else {
  const electronPkg = join(root, 'node_modules', 'electron', 'package.json')
  const version = existsSync(electronPkg) ? JSON.parse(readFileSync(electronPkg, 'utf8')).version : 'unknown'
  const want = `electron-${version}`
  const have = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : ''
  if (have !== want) {
    console.log(`Rebuilding better-sqlite3 for Electron ${version}…`)
    sh('npx', ['electron-rebuild', '-f', '-o', 'better-sqlite3'])
    writeFileSync(marker, want + '\n')
  }
}
