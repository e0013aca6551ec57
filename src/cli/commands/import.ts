// folio import <files|folders…>: a batch with a progress bar on stderr and one line per file.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { EXIT_PARTIAL } from '../context'
import { importPaths } from '../../core/import/import-batch'
import { progressBar } from '../progress-bar'

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import article files, folders (recursively) or links')
    .argument('<sources...>', 'files, folders or http(s) links')
    .option('--encoding <name>', 'read text files in this encoding instead of detecting it')
    .option('--max-mb <n>', 'refuse files larger than this many megabytes', '20')
    .action(async (sources: string[], opts: { encoding?: string; maxMb: string }) => {
      const archive = ctx.archive()
      const bar = progressBar(!ctx.json() && process.stderr.isTTY === true)
      const controller = new AbortController()
      const onSigint = (): void => controller.abort()
      process.once('SIGINT', onSigint)
      const result = await importPaths(archive, sources, {
        encoding: opts.encoding,
        maxBytes: Number(opts.maxMb) * 1024 * 1024,
        onProgress: bar.update,
        signal: controller.signal
      }).finally(() => {
        process.off('SIGINT', onSigint)
        bar.done()
      })
      const { counts } = result
      const summary = `${counts.imported} imported, ${counts.duplicate} duplicate, ${counts.refused} refused, ${counts.failed} failed${result.cancelled ? ' (cancelled)' : ''}`
      if (ctx.json()) ctx.print(result)
      else {
        for (const o of result.outcomes) {
          const what = o.outcome === 'imported' ? `#${o.articleId} ${o.title ?? ''}` : o.message
          ctx.print(null, `${o.outcome.padEnd(9)} ${o.file}: ${what}`)
        }
        ctx.print(null, summary)
      }
      if (counts.refused + counts.failed > 0 || result.cancelled) process.exitCode = EXIT_PARTIAL
    })
}
