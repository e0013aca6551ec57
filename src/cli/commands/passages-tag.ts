// folio tag: mark a passage of an article with themes and a note; folio passage …: edit, delete, undo.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { deletePassage, undoDeletePassage } from '../../core/passages/passage-delete'
import { getPassage } from '../../core/passages/passage-store'
import { createPassage, updatePassage } from '../../core/passages/passage-write'
import {
  collect,
  parseId,
  passageLine,
  rangeFromOptions,
  themeIdsFrom,
  themeNames
} from './passages-cli-helpers'

interface TagOptions {
  range?: string
  quote?: string
  occurrence?: string
  theme?: string[]
  note?: string
}

export function registerTag(program: Command, ctx: CliContext): void {
  program
    .command('tag')
    .description('mark a passage of an article with one or more themes')
    .argument('<article>', 'article id')
    .option('--range <start:end>', 'UTF-16 offsets into the article text, e.g. 120:240')
    .option('--quote <text>', 'select the passage by its words (accents optional)')
    .option('--occurrence <n>', 'which occurrence of --quote, when it occurs more than once')
    .option('--theme <theme>', 'theme id or name, English or Vietnamese (repeatable)', collect)
    .option('--note <text>', 'a note on the passage')
    .action((articleRef: string, opts: TagOptions) => {
      const archive = ctx.archive()
      const articleId = parseId(articleRef)
      const range = rangeFromOptions(archive, articleId, opts)
      const p = createPassage(archive, {
        articleId,
        ...range,
        themeIds: themeIdsFrom(archive, opts.theme),
        note: opts.note
      })
      ctx.print(p, `tagged ${passageLine(p, themeNames(archive)).trim()}`)
    })

  const passage = program.command('passage').description('show, edit, delete or restore one passage')
  passage
    .command('show')
    .argument('<id>', 'passage id')
    .action((id: string) => {
      const archive = ctx.archive()
      const p = getPassage(archive, parseId(id, 'passage'))
      ctx.print(
        p,
        `${passageLine(p, themeNames(archive)).trim()}\n\n${p.exact}${p.note ? `\n\nNote: ${p.note}` : ''}`
      )
    })
  passage
    .command('edit')
    .description('change the range, themes or note (a new range re-attaches an orphan)')
    .argument('<id>', 'passage id')
    .option('--range <start:end>', 'new range')
    .option('--quote <text>', 'new range by its words')
    .option('--occurrence <n>', 'which occurrence of --quote')
    .option('--theme <theme>', 'replace the themes (repeatable)', collect)
    .option('--note <text>', 'replace the note ("" clears it)')
    .action((id: string, opts: TagOptions) => {
      const archive = ctx.archive()
      const current = getPassage(archive, parseId(id, 'passage'))
      const range =
        opts.range || opts.quote !== undefined ? rangeFromOptions(archive, current.articleId, opts) : {}
      const p = updatePassage(archive, current.id, {
        ...range,
        themeIds: opts.theme ? themeIdsFrom(archive, opts.theme) : undefined,
        note: opts.note
      })
      ctx.print(p, `updated ${passageLine(p, themeNames(archive)).trim()}`)
    })
  passage
    .command('delete')
    .argument('<id>', 'passage id')
    .action((id: string) => {
      const p = deletePassage(ctx.archive(), parseId(id, 'passage'))
      ctx.print(p, `deleted passage ${p.id} (folio passage undo brings it back)`)
    })
  passage
    .command('undo')
    .description('bring back the last deleted passage')
    .action(() => {
      const archive = ctx.archive()
      const p = undoDeletePassage(archive)
      ctx.print(p, `restored ${passageLine(p, themeNames(archive)).trim()}`)
    })
}
