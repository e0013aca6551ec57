// folio stats: passages per theme, co-occurrence, and (for one article) coverage.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { archiveStats } from '../../core/analysis/archive-stats'
import type { AnalysisScope } from '../../core/analysis/analysis-types'
import { themeCooccurrence } from '../../core/analysis/co-occurrence'
import { articleCoverage } from '../../core/analysis/coverage'
import { passagesPerThemeByMonth, passagesPerThemeBySource } from '../../core/analysis/theme-counts'
import { resolveCollection } from '../../core/collections/collection-store'
import { parseId, themeNames } from './passages-cli-helpers'

interface StatsOptions {
  article?: string
  collection?: string
  source?: string
  from?: string
  to?: string
}

export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('passages per theme, by source and month, theme co-occurrence, coverage')
    .option('--article <id>', 'only this article (adds its coverage by theme)')
    .option('--collection <name>', 'only articles in this collection')
    .option('--source <source>', 'only articles from this source')
    .option('--from <date>', 'published on or after (YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'published on or before')
    .action((opts: StatsOptions) => {
      const archive = ctx.archive()
      const articleId = opts.article ? parseId(opts.article) : undefined
      const scope: AnalysisScope = {
        articleIds: articleId === undefined ? undefined : [articleId],
        collectionId: opts.collection ? resolveCollection(archive, opts.collection).id : undefined,
        source: opts.source,
        from: opts.from,
        to: opts.to
      }
      const stats = archiveStats(archive, scope)
      const cooccurrence = themeCooccurrence(archive, scope)
      const bySource = passagesPerThemeBySource(archive, scope)
      const byMonth = passagesPerThemeByMonth(archive, scope)
      const coverage = articleId === undefined ? undefined : articleCoverage(archive, articleId)
      const names = themeNames(archive)
      const lines = [
        `${stats.articles} article(s), ${stats.passages} passage(s): ${stats.orphans} orphan(s), ${stats.untagged} untagged`,
        '',
        'Passages per theme:',
        ...stats.themes.map(
          (t) =>
            `  ${String(t.passages).padStart(5)}  ${names.get(t.themeId)}  (${t.articles} article(s)` +
            `${t.passagesWithSubThemes !== t.passages ? `, ${t.passagesWithSubThemes} with sub-themes` : ''})`
        )
      ]
      if (cooccurrence.length) {
        lines.push('', 'Themes together (overlapping passages / same article):')
        for (const c of cooccurrence) {
          lines.push(`  ${names.get(c.themeA)} + ${names.get(c.themeB)}: ${c.overlapping} / ${c.sameArticle}`)
        }
      }
      if (coverage) {
        lines.push('', `Coverage of article ${coverage.articleId} (${coverage.chars} characters):`)
        for (const t of coverage.themes)
          lines.push(`  ${(t.share * 100).toFixed(1).padStart(5)}%  ${names.get(t.themeId)}`)
        lines.push(`  ${(coverage.anyTheme.share * 100).toFixed(1).padStart(5)}%  any theme`)
      }
      ctx.print({ ...stats, cooccurrence, bySource, byMonth, coverage }, lines.join('\n'))
    })
}
