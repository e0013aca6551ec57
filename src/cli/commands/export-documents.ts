// folio export pdf|brief|csv|md|w3c: annotated PDFs, theme briefs and the open passage exports.
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { FolioError } from '../../core/errors'
import {
  exportArticlePdf,
  exportCsv,
  exportMarkdown,
  exportThemeBrief,
  exportW3c,
  parseSelection,
  parseThemes,
  writeFileAtomic,
  type BriefOrder,
  type LabelLanguage,
  type Paper
} from '../../core/export'
import { parseId } from './articles'

interface CommonOptions {
  output: string
  paper?: string
  lang?: string
  author?: string
  notes?: boolean
  order?: string
  title?: string
  theme?: string[]
  collection?: string
  articles?: string[]
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

function paper(value = 'A4'): Paper {
  const v = value.toLowerCase()
  if (v === 'a4') return 'A4'
  if (v === 'letter') return 'Letter'
  throw new FolioError('invalid-input', `Unknown paper size "${value}": use A4 or Letter.`)
}

function language(value = 'vi'): LabelLanguage {
  if (value === 'vi' || value === 'en') return value
  throw new FolioError('invalid-input', `Unknown label language "${value}": use vi or en.`)
}

function order(value = 'date'): BriefOrder {
  if (value === 'date' || value === 'article') return value
  throw new FolioError('invalid-input', `Unknown order "${value}": use date or article.`)
}

function write(ctx: CliContext, output: string, bytes: Buffer, what: string): void {
  if (output === '-') {
    process.stdout.write(bytes)
    return
  }
  const path = resolve(output)
  writeFileAtomic(path, bytes)
  ctx.print(
    { file: path, bytes: bytes.length },
    `Wrote ${what} to ${path} (${Math.ceil(bytes.length / 1024)} KB).`
  )
}

function selectionOptions(command: Command): Command {
  return command
    .option('--articles <ids>', 'article ids, comma-separated (repeatable)', collect)
    .option('--collection <id|name>', 'the articles of a collection')
    .option('--theme <name>', 'only this theme, English or Vietnamese name (repeatable)', collect)
    .option('--order <order>', 'date | article', 'date')
}

export function registerDocumentExports(exportCommand: Command, ctx: CliContext): void {
  exportCommand
    .command('pdf')
    .description('one article as an annotated PDF: shaded passages, highlights, notes, summary by theme')
    .argument('<article>', 'article id')
    .requiredOption('-o, --output <file>', 'output PDF')
    .option('--paper <size>', 'A4 | Letter', 'A4')
    .option('--lang <lang>', 'label language: vi | en', 'vi')
    .option('--author <name>', 'your name, written on the annotations')
    .option('--no-notes', 'leave out the endnotes')
    .action(async (article: string, opts: CommonOptions) => {
      const bytes = await exportArticlePdf(ctx.archive(), parseId(article), {
        paper: paper(opts.paper),
        language: language(opts.lang),
        author: opts.author,
        includeNotes: opts.notes
      })
      write(ctx, opts.output, bytes, 'the annotated article')
    })

  selectionOptions(
    exportCommand
      .command('brief')
      .description('a theme brief across articles: cover, contents, chart, a chapter per theme, index')
      .requiredOption('-o, --output <file>', 'output PDF')
      .option('--title <title>', 'title on the cover')
      .option('--paper <size>', 'A4 | Letter', 'A4')
      .option('--lang <lang>', 'label language: vi | en', 'vi')
      .option('--author <name>', 'your name, on the cover')
      .option('--no-notes', 'leave out passage notes')
  ).action(async (opts: CommonOptions) => {
    const archive = ctx.archive()
    const bytes = await exportThemeBrief(archive, parseSelection(archive, opts), {
      title: opts.title,
      author: opts.author,
      themeIds: parseThemes(archive, opts.theme),
      order: order(opts.order),
      includeNotes: opts.notes,
      paper: paper(opts.paper),
      language: language(opts.lang)
    })
    write(ctx, opts.output, bytes, 'the brief')
  })

  selectionOptions(
    exportCommand
      .command('csv')
      .description('passages as CSV (UTF-8 with BOM), one row per passage and theme')
      .requiredOption('-o, --output <file>', 'output file, or - for standard output')
  ).action((opts: CommonOptions) => {
    const archive = ctx.archive()
    const bytes = exportCsv(archive, parseSelection(archive, opts), {
      themeIds: parseThemes(archive, opts.theme),
      order: order(opts.order)
    })
    write(ctx, opts.output, bytes, 'the passages')
  })

  selectionOptions(
    exportCommand
      .command('md')
      .description('a Markdown brief: passages grouped by theme as quotes with citations')
      .requiredOption('-o, --output <file>', 'output file, or - for standard output')
      .option('--title <title>', 'title of the brief')
      .option('--lang <lang>', 'label language: vi | en', 'vi')
      .option('--no-notes', 'leave out passage notes')
  ).action((opts: CommonOptions) => {
    const archive = ctx.archive()
    const bytes = exportMarkdown(archive, parseSelection(archive, opts), {
      title: opts.title,
      themeIds: parseThemes(archive, opts.theme),
      order: order(opts.order),
      includeNotes: opts.notes,
      language: language(opts.lang)
    })
    write(ctx, opts.output, bytes, 'the Markdown brief')
  })

  selectionOptions(
    exportCommand
      .command('w3c')
      .description('passages as W3C Web Annotation JSON-LD')
      .requiredOption('-o, --output <file>', 'output file, or - for standard output')
      .option('--author <name>', 'your name, as the annotations’ creator')
  ).action((opts: CommonOptions) => {
    const archive = ctx.archive()
    const bytes = exportW3c(archive, parseSelection(archive, opts), {
      themeIds: parseThemes(archive, opts.theme),
      order: order(opts.order),
      author: opts.author
    })
    write(ctx, opts.output, bytes, 'the annotations')
  })
}
