// folio passages: list passages by theme, article or state (orphans, untagged).
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { listPassages } from '../../core/passages/passage-store'
import { resolveTheme } from '../../core/themes/theme-store'
import { parseId, passageLine, themeNames } from './passages-cli-helpers'

interface ListOptions {
  theme?: string
  article?: string
  orphans?: boolean
  untagged?: boolean
  subThemes?: boolean
  limit?: string
}

export function registerPassageList(program: Command, ctx: CliContext): void {
  program
    .command('passages')
    .description('list passages (all, or by theme / article; orphans are those whose text changed)')
    .option('--theme <theme>', 'theme id or name')
    .option('--sub-themes', "with --theme: include its sub-themes' passages")
    .option('--article <id>', 'only this article')
    .option('--orphans', 'only orphans: passages that could not be placed after the text changed')
    .option('--untagged', 'only passages left without a theme')
    .option('--limit <n>', 'at most this many')
    .action((opts: ListOptions) => {
      const archive = ctx.archive()
      const rows = listPassages(archive, {
        themeId: opts.theme ? resolveTheme(archive, opts.theme).id : undefined,
        includeSubThemes: opts.subThemes,
        articleId: opts.article ? parseId(opts.article) : undefined,
        status: opts.orphans ? 'orphan' : undefined,
        untagged: opts.untagged,
        limit: opts.limit ? parseId(opts.limit, 'limit') : undefined
      })
      const names = themeNames(archive)
      const empty = opts.orphans ? 'No orphaned passages.' : 'No passages.'
      ctx.print(rows, rows.map((p) => passageLine(p, names)).join('\n') || empty)
    })
}
