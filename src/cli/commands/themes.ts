// folio themes: the codebook. (Editing subcommands belong to the codebook module.)
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { listThemes } from '../../core/themes/theme-store'

export function registerThemes(program: Command, ctx: CliContext): Command {
  const themes = program
    .command('themes')
    .description("list the codebook's themes")
    .action(() => {
      const rows = listThemes(ctx.archive())
      ctx.print(
        rows,
        rows.map((t) => `${String(t.id).padStart(3)}  ${t.color}  ${t.name} / ${t.nameVi ?? ''}`).join('\n')
      )
    })
  return themes
}
