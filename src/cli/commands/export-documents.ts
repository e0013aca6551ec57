// folio export pdf|brief|csv|md|w3c: filled in by the export module.
import type { Command } from 'commander'
import type { CliContext } from '../context'

export function registerDocumentExports(_exportCommand: Command, _ctx: CliContext): void {}
