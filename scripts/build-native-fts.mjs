// Compiles native/folio-fts.c, Folio's FTS5 ranking functions, into a SQLite loadable extension in
// native/out/<platform>-<arch>/. It links nothing (SQLite hands the extension its API when loading it),
// so the one library serves Node and Electron alike. Run by `npm install` (postinstall) and before
// packaging. Without a C compiler it says so and exits 0: search then ranks in SQL, only slower.
// Usage: node scripts/build-native-fts.mjs [--force]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const source = join(root, 'native', 'folio-fts.c')
const headers = join(root, 'node_modules', 'better-sqlite3', 'deps', 'sqlite3')
const ext = process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so'
const outDir = join(root, 'native', 'out', `${process.platform}-${process.arch}`)
const output = join(outDir, `folio-fts.${ext}`)

const upToDate = () =>
  !process.argv.includes('--force') &&
  existsSync(output) &&
  statSync(output).mtimeMs >= statSync(source).mtimeMs

function compile() {
  if (!existsSync(join(headers, 'sqlite3ext.h'))) {
    return 'better-sqlite3 (which brings the SQLite headers) is not installed yet'
  }
  mkdirSync(outDir, { recursive: true })
  rmSync(output, { force: true }) // a failed build must not leave the previous library to be loaded
  const args =
    process.platform === 'win32'
      ? ['/nologo', '/O2', '/LD', `/I${headers}`, `/Fo${outDir}\\`, source, `/Fe${output}`]
      : [
          '-O2',
          '-Wall',
          '-Wextra',
          '-fPIC',
          process.platform === 'darwin' ? '-dynamiclib' : '-shared',
          `-I${headers}`,
          source,
          '-o',
          output,
          '-lm'
        ]
  const cc = process.env.CC || (process.platform === 'win32' ? 'cl' : 'cc')
  // no shell: paths with spaces stay whole (cl.exe is found on the PATH all the same)
  const r = spawnSync(cc, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (r.error) return `no C compiler (${cc}) was found`
  if (r.status !== 0) return `${cc} exited with ${r.status}`
  return null
}

if (upToDate()) process.exit(0)
const problem = compile()
if (problem) {
  console.warn(
    `folio-fts: not built: ${problem}. Search will rank in SQL instead (slower for very common words).`
  )
} else {
  console.log(`folio-fts: built ${output.slice(root.length)}`)
}
