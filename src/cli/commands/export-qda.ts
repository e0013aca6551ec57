// folio export qdpx|qdc: filled in by the REFI-QDA module.
import type { Command } from 'commander'
import type { CliContext } from '../context'

export function registerQdaExports(_exportCommand: Command, _ctx: CliContext): void {}
