// folio suggest: passages the themes' keywords point to, to accept, reject or ignore.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { FolioError } from '../../core/errors'
import { acceptSuggestions, rejectSuggestion } from '../../core/suggest/suggestion-actions'
import type { Suggestion } from '../../core/suggest/suggestion-types'
import { suggestPassages } from '../../core/suggest/suggest-passages'
import { collect, excerpt, parseId, parseNumber, themeIdsFrom, themeNames } from './passages-cli-helpers'

interface SuggestCliOptions {
  unit: string
  minScore?: string
  theme?: string[]
  acceptAll?: boolean
  accept?: string[]
  reject?: string[]
}

function pick(all: Suggestion[], ids: string[]): Suggestion[] {
  return ids.map((id) => {
    const s = all.find((x) => x.id === id)
    if (!s)
      throw new FolioError('not-found', `There is no suggestion "${id}" for this article (list them first).`)
    return s
  })
}

export function registerSuggest(program: Command, ctx: CliContext): void {
  program
    .command('suggest')
    .description("suggest passages from the themes' keywords; accept or reject them")
    .argument('<article>', 'article id')
    .option('--unit <unit>', 'expand matches to a "sentence" or a "paragraph"', 'paragraph')
    .option('--min-score <x>', 'leave out suggestions scoring below this (0–1)')
    .option('--theme <theme>', 'only this theme (repeatable)', collect)
    .option('--accept-all', 'accept every suggestion listed')
    .option('--accept <id>', 'accept this suggestion (repeatable)', collect)
    .option('--reject <id>', 'reject this suggestion: it will not be suggested again (repeatable)', collect)
    .action((articleRef: string, opts: SuggestCliOptions) => {
      const archive = ctx.archive()
      const articleId = parseId(articleRef)
      const all = suggestPassages(archive, articleId, {
        unit: opts.unit as Suggestion['unit'],
        minScore: opts.minScore === undefined ? undefined : parseNumber(opts.minScore, 'minimum score'),
        themeIds: opts.theme ? themeIdsFrom(archive, opts.theme) : undefined
      })
      const names = themeNames(archive)
      const rejected = pick(all, opts.reject ?? [])
      const toAccept = opts.acceptAll
        ? all.filter((s) => !rejected.includes(s))
        : pick(all, opts.accept ?? [])
      if (rejected.length || toAccept.length) {
        for (const s of rejected) rejectSuggestion(archive, s)
        const passages = acceptSuggestions(archive, toAccept)
        ctx.print(
          { accepted: toAccept.length, rejected: rejected.length, passages },
          `accepted ${toAccept.length} suggestion(s) as ${passages.length} passage(s); rejected ${rejected.length}`
        )
        return
      }
      const withNames = all.map((s) => ({ ...s, themeName: names.get(s.themeId) ?? '' }))
      ctx.print(
        withNames,
        withNames
          .map(
            (s) =>
              `${s.id.padEnd(18)} ${s.score.toFixed(2)}  ${s.themeName}  [${[...new Set(s.triggers.map((t) => t.text))].join(', ')}]` +
              `${s.heading ? '  + heading' : ''}\n    “${excerpt(s.exact, 90)}”`
          )
          .join('\n') || 'No suggestions.'
      )
    })
}
