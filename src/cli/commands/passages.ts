// folio tag / passage / passages / suggest / stats / memo / collection: the annotation commands.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { registerCollection } from './passages-collection'
import { registerPassageList } from './passages-list'
import { registerMemo } from './passages-memo'
import { registerStats } from './passages-stats'
import { registerSuggest } from './passages-suggest'
import { registerTag } from './passages-tag'

export function registerPassages(program: Command, ctx: CliContext): void {
  registerTag(program, ctx)
  registerPassageList(program, ctx)
  registerSuggest(program, ctx)
  registerStats(program, ctx)
  registerMemo(program, ctx)
  registerCollection(program, ctx)
}
