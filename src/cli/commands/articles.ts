// folio list / folio show <id>: the archive's articles as a table or JSON.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { getArticle, listArticles, type ArticleSort } from '../../core/articles/article-store'
import { FolioError } from '../../core/errors'

export function parseId(value: string, what = 'article'): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new FolioError('invalid-input', `"${value}" is not a valid ${what} id.`)
  return n
}

export function registerArticles(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .description('list articles')
    .option('--sort <field>', 'imported | published | title | source', 'imported')
    .option('--desc', 'descending order')
    .option('--limit <n>', 'at most this many')
    .action((opts: { sort: string; desc?: boolean; limit?: string }) => {
      if (!['imported', 'published', 'title', 'source'].includes(opts.sort)) {
        throw new FolioError(
          'invalid-input',
          `Unknown sort "${opts.sort}": use imported, published, title or source.`
        )
      }
      const rows = listArticles(ctx.archive(), {
        sort: opts.sort as ArticleSort,
        descending: opts.desc,
        limit: opts.limit ? Number(opts.limit) : undefined
      })
      ctx.print(
        rows,
        rows
          .map(
            (a) =>
              `${String(a.id).padStart(5)}  ${a.publishedAt?.slice(0, 10) ?? '          '}  ${a.source ?? ''}  ${a.title}`
          )
          .join('\n') || 'The archive has no articles yet.'
      )
    })

  program
    .command('show')
    .description('show one article with its metadata and text')
    .argument('<id>', 'article id')
    .action((id: string) => {
      const a = getArticle(ctx.archive(), parseId(id))
      const meta = [
        ['Category', a.category],
        ['Author', a.author],
        ['Source', a.source],
        ['URL', a.url],
        ['Published', a.publishedAt],
        ['Language', a.language],
        ['File', a.originalName]
      ]
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}: ${v}`)
      const text = a.blocks
        .map((b) => {
          const t = a.body.slice(b.start, b.end)
          if (b.kind === 'heading') return `## ${t}`
          if (b.kind === 'caption') return `[${t}]`
          if (b.kind === 'quote') return `> ${t}`
          if (b.kind === 'list-item') return `- ${t}`
          return t
        })
        .join('\n\n')
      ctx.print(a, `# ${a.title}\n${meta.join('\n')}\n\n${text}`)
    })
}
