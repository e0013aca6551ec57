// folio memo: notes on a theme, an article or the whole archive.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import type { Archive } from '../../core/archive'
import { FolioError } from '../../core/errors'
import {
  createMemo,
  deleteMemo,
  listMemos,
  updateMemo,
  type Memo,
  type MemoTarget
} from '../../core/memos/memo-store'
import { resolveTheme } from '../../core/themes/theme-store'
import { excerpt, parseId } from './passages-cli-helpers'

interface TargetOptions {
  theme?: string
  article?: string
  archive?: boolean
}

function targetFrom(archive: Archive, opts: TargetOptions): MemoTarget | undefined {
  const given = [opts.theme !== undefined, opts.article !== undefined, Boolean(opts.archive)].filter(
    Boolean
  ).length
  if (given > 1)
    throw new FolioError(
      'invalid-input',
      'A memo belongs to one thing: --theme, --article or --whole-archive.'
    )
  if (opts.theme !== undefined) return { kind: 'theme', id: resolveTheme(archive, opts.theme).id }
  if (opts.article !== undefined) return { kind: 'article', id: parseId(opts.article) }
  if (opts.archive) return { kind: 'archive' }
  return undefined
}

function memoLine(m: Memo): string {
  const target = m.target.kind === 'archive' ? 'archive' : `${m.target.kind} ${m.target.id}`
  return `${String(m.id).padStart(4)}  ${target.padEnd(12)}  ${excerpt(m.body, 80)}`
}

function withTargetOptions(cmd: Command): Command {
  return cmd
    .option('--theme <theme>', 'on this theme (id or name)')
    .option('--article <id>', 'on this article')
    .option('--whole-archive', 'on the whole archive')
}

export function registerMemo(program: Command, ctx: CliContext): void {
  const memo = program.command('memo').description('notes on a theme, an article or the whole archive')
  withTargetOptions(memo.command('add').description('write a memo').argument('<text>', 'the memo')).action(
    (text: string, opts: TargetOptions & { wholeArchive?: boolean }) => {
      const archive = ctx.archive()
      const target = targetFrom(archive, { ...opts, archive: opts.wholeArchive })
      if (!target)
        throw new FolioError(
          'invalid-input',
          'Say what the memo is on: --theme, --article or --whole-archive.'
        )
      const m = createMemo(archive, { target, body: text })
      ctx.print(m, `memo ${m.id} saved`)
    }
  )
  withTargetOptions(memo.command('list').description('list memos (all, or on one target)')).action(
    (opts: TargetOptions & { wholeArchive?: boolean }) => {
      const archive = ctx.archive()
      const rows = listMemos(archive, targetFrom(archive, { ...opts, archive: opts.wholeArchive }))
      ctx.print(rows, rows.map(memoLine).join('\n') || 'No memos.')
    }
  )
  memo
    .command('edit')
    .argument('<id>', 'memo id')
    .argument('<text>', 'the new text')
    .action((id: string, text: string) => {
      const m = updateMemo(ctx.archive(), parseId(id, 'memo'), text)
      ctx.print(m, `memo ${m.id} updated`)
    })
  memo
    .command('delete')
    .argument('<id>', 'memo id')
    .action((id: string) => {
      deleteMemo(ctx.archive(), parseId(id, 'memo'))
      ctx.print({ deleted: Number(id) }, `memo ${id} deleted`)
    })
}
