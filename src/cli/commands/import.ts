// folio import <files|folders|links…>: a batch with a progress bar on stderr and one line per file.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { EXIT_PARTIAL } from '../context'
import { FolioError } from '../../core/errors'
import { importPaths } from '../../core/import/import-batch'
import { progressBar } from '../progress-bar'

interface ImportFlags {
  encoding?: string
  maxMb: string
  replace?: string
  timeout: string
}

function positive(value: string, what: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0)
    throw new FolioError('invalid-input', `${what} must be a positive number (got "${value}").`)
  return n
}

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import article files, folders (recursively) or http(s) links')
    .argument('<sources...>', 'files, folders or http(s) links')
    .option(
      '--encoding <name>',
      'read text in this encoding instead of detecting it (utf-8, utf-16le, windows-1258, tcvn3, vni, …)'
    )
    .option('--max-mb <n>', 'refuse files and pages larger than this many megabytes', '20')
    .option(
      '--replace <id>',
      'replace the text of article <id> with this corrected copy (passages are re-anchored)'
    )
    .option('--timeout <seconds>', 'give up on a link after this many seconds', '30')
    .action(async (sources: string[], opts: ImportFlags) => {
      const maxBytes = positive(opts.maxMb, '--max-mb') * 1024 * 1024
      const timeoutMs = positive(opts.timeout, '--timeout') * 1000
      const replaceArticleId = opts.replace === undefined ? undefined : positive(opts.replace, '--replace')
      const archive = ctx.archive()
      const bar = progressBar(!ctx.json() && process.stderr.isTTY === true)
      const controller = new AbortController()
      const onSigint = (): void => controller.abort()
      process.once('SIGINT', onSigint)
      const result = await importPaths(archive, sources, {
        encoding: opts.encoding,
        maxBytes,
        timeoutMs,
        replaceArticleId,
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
          const what =
            o.outcome === 'imported'
              ? `#${o.articleId} ${o.title ?? ''}${o.message ? ` — ${o.message}` : ''}`
              : o.message
          ctx.print(null, `${o.outcome.padEnd(9)} ${o.file}: ${what}`)
        }
        ctx.print(null, summary)
      }
      if (counts.refused + counts.failed > 0 || result.cancelled) process.exitCode = EXIT_PARTIAL
    })
}
