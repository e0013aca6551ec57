// folio backup / restore: filled in by the backup module.
import type { Command } from 'commander'
import type { CliContext } from '../context'

export function registerBackup(_program: Command, _ctx: CliContext): void {}
