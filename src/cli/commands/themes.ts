// folio themes: the codebook, and its editing subcommands (add, rename, color, describe, keywords,
// move, merge, delete).
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { FolioError } from '../../core/errors'
import { deleteTheme } from '../../core/themes/theme-delete'
import { createTheme, moveTheme, renameTheme, updateTheme } from '../../core/themes/theme-edit'
import { mergeThemes } from '../../core/themes/theme-merge'
import {
  listThemes,
  resolveTheme,
  themeLabel,
  themeTree,
  type ThemeNode
} from '../../core/themes/theme-store'
import { collect } from './passages-cli-helpers'

function treeLines(nodes: ThemeNode[], depth = 0): string[] {
  return nodes.flatMap((t) => [
    `${String(t.id).padStart(3)}  ${t.color}  ${'  '.repeat(depth)}${themeLabel(t)}`,
    ...treeLines(t.children, depth + 1)
  ])
}

/** Comma-separated keywords ("liên kết vùng, ĐBSCL") or repeated options. */
function keywordList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((k) => k.trim())
    .filter(Boolean)
}

export function registerThemes(program: Command, ctx: CliContext): Command {
  const themes = program
    .command('themes')
    .description("list the codebook's themes, or edit them (folio themes add|rename|color|…)")
    .action(() => {
      const archive = ctx.archive()
      ctx.print(listThemes(archive), treeLines(themeTree(archive)).join('\n') || 'The codebook is empty.')
    })

  themes
    .command('add')
    .description('create a theme')
    .argument('<name>', 'English (or main) name')
    .option('--vi <name>', 'Vietnamese name')
    .option('--color <#RRGGBB>', 'colour (default: a free one from the palette)')
    .option('--description <text>', 'what the theme covers')
    .option('--parent <theme>', 'make it a sub-theme of this theme')
    .option('--keyword <words>', 'keywords for suggestions, comma-separated (repeatable)', collect)
    .action(
      (
        name: string,
        opts: { vi?: string; color?: string; description?: string; parent?: string; keyword?: string[] }
      ) => {
        const archive = ctx.archive()
        const t = createTheme(archive, {
          name,
          nameVi: opts.vi,
          color: opts.color,
          description: opts.description,
          parentId: opts.parent ? resolveTheme(archive, opts.parent).id : undefined,
          keywords: keywordList(opts.keyword ?? [])
        })
        ctx.print(t, `theme ${t.id} "${themeLabel(t)}" created (${t.color})`)
      }
    )

  themes
    .command('rename')
    .description('rename a theme (English and/or Vietnamese name)')
    .argument('<theme>', 'theme id or name')
    .argument('[name]', 'new English (main) name')
    .option('--vi <name>', 'new Vietnamese name ("" removes it)')
    .action((ref: string, name: string | undefined, opts: { vi?: string }) => {
      const archive = ctx.archive()
      const t = renameTheme(archive, resolveTheme(archive, ref).id, { name, nameVi: opts.vi })
      ctx.print(t, `theme ${t.id} is now "${themeLabel(t)}"`)
    })

  themes
    .command('color')
    .description("change a theme's colour")
    .argument('<theme>', 'theme id or name')
    .argument('<color>', '#RRGGBB')
    .action((ref: string, color: string) => {
      const archive = ctx.archive()
      const t = updateTheme(archive, resolveTheme(archive, ref).id, { color })
      ctx.print(t, `theme ${t.id} "${themeLabel(t)}" is now ${t.color}`)
    })

  themes
    .command('describe')
    .description("set a theme's description")
    .argument('<theme>', 'theme id or name')
    .argument('<text>', 'the description')
    .action((ref: string, text: string) => {
      const archive = ctx.archive()
      const t = updateTheme(archive, resolveTheme(archive, ref).id, { description: text })
      ctx.print(t, `theme ${t.id} "${themeLabel(t)}" described`)
    })

  themes
    .command('keywords')
    .description("show or change a theme's keywords for suggestions")
    .argument('<theme>', 'theme id or name')
    .option('--set <words>', 'replace them all, comma-separated')
    .option('--add <words>', 'add these, comma-separated (repeatable)', collect)
    .option('--remove <words>', 'remove these, comma-separated (repeatable)', collect)
    .action((ref: string, opts: { set?: string; add?: string[]; remove?: string[] }) => {
      const archive = ctx.archive()
      const theme = resolveTheme(archive, ref)
      let keywords = opts.set !== undefined ? keywordList([opts.set]) : theme.keywords
      keywords = [...keywords, ...keywordList(opts.add ?? [])]
      const removed = new Set(keywordList(opts.remove ?? []).map((k) => k.toLowerCase()))
      keywords = keywords.filter((k) => !removed.has(k.toLowerCase()))
      const t =
        opts.set !== undefined || opts.add || opts.remove
          ? updateTheme(archive, theme.id, { keywords })
          : theme
      ctx.print(t.keywords, t.keywords.join(', ') || '(no keywords)')
    })

  themes
    .command('move')
    .description('reorder a theme among its siblings and/or nest it under another')
    .argument('<theme>', 'theme id or name')
    .option('--parent <theme>', 'make it a sub-theme of this theme')
    .option('--top', 'make it a top-level theme')
    .option('--position <n>', 'its place among its siblings, from 0')
    .action((ref: string, opts: { parent?: string; top?: boolean; position?: string }) => {
      const archive = ctx.archive()
      if (opts.parent && opts.top)
        throw new FolioError('invalid-input', 'Give either --parent or --top, not both.')
      const t = moveTheme(archive, resolveTheme(archive, ref).id, {
        parentId: opts.top ? null : opts.parent ? resolveTheme(archive, opts.parent).id : undefined,
        position: opts.position === undefined ? undefined : Number(opts.position)
      })
      ctx.print(t, `theme ${t.id} "${themeLabel(t)}" moved`)
    })

  themes
    .command('merge')
    .description('merge a theme into another: its passages, sub-themes, memos and keywords move')
    .argument('<from>', 'the theme that goes away')
    .argument('<into>', 'the theme that stays')
    .action((fromRef: string, intoRef: string) => {
      const archive = ctx.archive()
      const from = resolveTheme(archive, fromRef)
      const res = mergeThemes(archive, from.id, resolveTheme(archive, intoRef).id)
      ctx.print(
        res,
        `merged "${themeLabel(from)}" into "${themeLabel(res.theme)}": ${res.passages} passage(s) moved`
      )
    })

  themes
    .command('delete')
    .description('delete a theme (refused while passages use it, unless --move-to or --remove-tag)')
    .argument('<theme>', 'theme id or name')
    .option('--move-to <theme>', 'move its passages to this theme first')
    .option('--remove-tag', 'confirmed: remove the tag from its passages (they keep their other themes)')
    .action((ref: string, opts: { moveTo?: string; removeTag?: boolean }) => {
      const archive = ctx.archive()
      const theme = resolveTheme(archive, ref)
      const res = deleteTheme(archive, theme.id, {
        moveTo: opts.moveTo ? resolveTheme(archive, opts.moveTo).id : undefined,
        removeTagOnly: opts.removeTag
      })
      const untagged = res.untagged
        ? `; ${res.untagged} passage(s) left untagged (folio passages --untagged)`
        : ''
      ctx.print(
        res,
        `deleted "${themeLabel(theme)}"${res.passages ? ` (${res.passages} passage(s) affected${untagged})` : ''}`
      )
    })

  themes
    .command('show')
    .description('one theme with its description and keywords')
    .argument('<theme>', 'theme id or name')
    .action((ref: string) => {
      const t = resolveTheme(ctx.archive(), ref)
      ctx.print(
        t,
        [`${t.id}  ${t.color}  ${themeLabel(t)}`, t.description, `Keywords: ${t.keywords.join(', ')}`]
          .filter(Boolean)
          .join('\n')
      )
    })
  return themes
}
