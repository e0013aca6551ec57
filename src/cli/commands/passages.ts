// folio tag / passages / suggest / stats / memo: filled in by the passages module.
import type { Command } from 'commander'
import type { CliContext } from '../context'

export function registerPassages(_program: Command, _ctx: CliContext): void {}
