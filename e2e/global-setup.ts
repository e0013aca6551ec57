// Before the e2e run: make sure the built renderer (out/renderer) is newer than its sources, else build.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..')

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) t = Math.max(t, newest(p))
    else if (!/\.test\.tsx?$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs)
  }
  return t
}

export default function globalSetup(): void {
  const built = join(root, 'out', 'renderer', 'index.html')
  const sources = Math.max(newest(join(root, 'src', 'renderer')), newest(join(root, 'src', 'shared')))
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return
  console.log('Building the renderer for the e2e run (electron-vite build)…')
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('The renderer did not build: run `npx electron-vite build` to see why.')
}
