// folio search: filled in by the search module.
import type { Command } from 'commander'
import type { CliContext } from '../context'

export function registerSearch(_program: Command, _ctx: CliContext): void {}
