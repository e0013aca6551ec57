// folio export <kind>: the parent command; each export module adds its subcommands.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { registerDocumentExports } from './export-documents'
import { registerQdaExports } from './export-qda'

export function registerExport(program: Command, ctx: CliContext): void {
  const exportCommand = program
    .command('export')
    .description('export articles, passages or the whole project')
  registerDocumentExports(exportCommand, ctx)
  registerQdaExports(exportCommand, ctx)
}
