// folio export qdpx|qdc: the project or its codebook in the REFI-QDA exchange format.
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { exportQdc, exportQdpxDetailed } from '../../core/exchange/export-qda'
import { listThemes } from '../../core/themes/theme-store'
import { FolioError } from '../../core/errors'

/** Writes next to the target first, so an interrupted export never leaves half a file under its name. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, bytes)
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    const code = (e as { code?: string }).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new FolioError('io', `Cannot write ${path} (${code}).`)
    }
    throw e
  }
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

export function registerQdaExports(exportCommand: Command, ctx: CliContext): void {
  exportCommand
    .command('qdpx')
    .description('the whole project as REFI-QDA (.qdpx) for NVivo, MAXQDA, ATLAS.ti, QualCoder…')
    .option('-o, --output <file>', 'output file', 'folio-project.qdpx')
    .action((opts: { output: string }) => {
      const path = resolve(opts.output)
      const result = exportQdpxDetailed(ctx.archive())
      writeAtomically(path, result.bytes)
      if (result.orphansLeftOut) {
        ctx.info(
          `${result.orphansLeftOut} orphan passage(s) were left out: they no longer match their article's text.`
        )
      }
      const { bytes: _bytes, ...counts } = result
      ctx.print(
        { file: path, ...counts },
        `Wrote ${path}: ${count(counts.sources, 'article')}, ${count(counts.passages, 'passage')}, ${count(counts.themes, 'theme')}, ${count(counts.memos, 'memo')}.`
      )
    })

  exportCommand
    .command('qdc')
    .description('the codebook as REFI-QDA (.qdc); written to stdout without -o')
    .option('-o, --output <file>', 'output file')
    .action((opts: { output?: string }) => {
      const xml = exportQdc(ctx.archive())
      if (!opts.output) {
        process.stdout.write(xml)
        return
      }
      const path = resolve(opts.output)
      writeAtomically(path, xml)
      const themes = listThemes(ctx.archive()).length
      ctx.print({ file: path, themes }, `Wrote ${path}: ${count(themes, 'theme')}.`)
    })
}
