// `npm run web`: serves the built UI and the real archive on a loopback address, printed for a browser.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Command } from 'commander'
import { defaultArchivePath } from '../core/paths'
import { errorLine } from '../core/errors'
import { startHost } from './server'

const root = resolve(import.meta.dirname, '../..')

async function main(): Promise<void> {
  const program = new Command('folio-web')
    .description('Serve Folio in a browser on this machine only')
    .option('--archive <path>', 'archive file', defaultArchivePath())
    .option('--port <n>', 'port (default: a free one)', '0')
    .option('--renderer <dir>', 'built renderer folder', join(root, 'out', 'renderer'))
    .parse()
  const opts = program.opts<{ archive: string; port: string; renderer: string }>()
  if (!existsSync(join(opts.renderer, 'index.html'))) {
    console.error(`No built UI in ${opts.renderer}: run "npm run build" first (npm run web does).`)
    process.exit(1)
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version
  const host = await startHost({
    archivePath: opts.archive,
    rendererDir: opts.renderer,
    port: Number(opts.port) || 0,
    version
  })
  console.log(`Folio is serving ${host.archive.path}`)
  console.log(`Open ${host.url}`)
  console.log('Only this computer can reach it; the address carries this run’s key. Ctrl+C stops it.')
  const stop = (): void => {
    void host.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(errorLine(e))
  process.exit(1)
})
