// folio collection: named sets of articles.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import {
  addToCollection,
  collectionArticleIds,
  createCollection,
  deleteCollection,
  listCollections,
  removeFromCollection,
  renameCollection,
  resolveCollection
} from '../../core/collections/collection-store'
import { parseId } from './passages-cli-helpers'

export function registerCollection(program: Command, ctx: CliContext): void {
  const col = program.command('collection').description('named sets of articles')
  col
    .command('list')
    .description('list collections')
    .action(() => {
      const rows = listCollections(ctx.archive())
      ctx.print(
        rows,
        rows
          .map((c) => `${String(c.id).padStart(4)}  ${c.name}  (${c.articleCount} article(s))`)
          .join('\n') || 'No collections.'
      )
    })
  col
    .command('create')
    .argument('<name>')
    .action((name: string) => {
      const c = createCollection(ctx.archive(), name)
      ctx.print(c, `collection ${c.id} "${c.name}" created`)
    })
  col
    .command('show')
    .argument('<collection>', 'id or name')
    .action((ref: string) => {
      const archive = ctx.archive()
      const c = resolveCollection(archive, ref)
      const ids = collectionArticleIds(archive, c.id)
      ctx.print(
        { ...c, articleIds: ids },
        `${c.name}: ${ids.length ? 'articles ' + ids.join(', ') : 'no articles'}`
      )
    })
  col
    .command('add')
    .argument('<collection>', 'id or name')
    .argument('<articles...>', 'article ids')
    .action((ref: string, articles: string[]) => {
      const archive = ctx.archive()
      const c = resolveCollection(archive, ref)
      const n = addToCollection(
        archive,
        c.id,
        articles.map((a) => parseId(a))
      )
      ctx.print({ added: n }, `${n} article(s) added to "${c.name}"`)
    })
  col
    .command('remove')
    .argument('<collection>', 'id or name')
    .argument('<articles...>', 'article ids')
    .action((ref: string, articles: string[]) => {
      const archive = ctx.archive()
      const c = resolveCollection(archive, ref)
      const n = removeFromCollection(
        archive,
        c.id,
        articles.map((a) => parseId(a))
      )
      ctx.print({ removed: n }, `${n} article(s) removed from "${c.name}"`)
    })
  col
    .command('rename')
    .argument('<collection>', 'id or name')
    .argument('<name>', 'new name')
    .action((ref: string, name: string) => {
      const archive = ctx.archive()
      const c = renameCollection(archive, resolveCollection(archive, ref).id, name)
      ctx.print(c, `collection ${c.id} is now "${c.name}"`)
    })
  col
    .command('delete')
    .argument('<collection>', 'id or name (its articles stay in the archive)')
    .action((ref: string) => {
      const archive = ctx.archive()
      const c = resolveCollection(archive, ref)
      deleteCollection(archive, c.id)
      ctx.print({ deleted: c.id }, `collection "${c.name}" deleted (its articles stay)`)
    })
}
