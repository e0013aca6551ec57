// Find in article: every match of a query in one article's title and body, for the reader.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { parseQuery } from './query-parse'
import type { FindInArticleInput, FindInArticleResult, TextRange } from './search-types'
import { cachedStatement } from './statement-cache'
import { compileMatcher, findMatches } from './text-matcher'

const ranges = (list: TextRange[]): TextRange[] => list.map(({ start, end }) => ({ start, end }))

export function findInArticle(archive: Archive, input: FindInArticleInput): FindInArticleResult {
  if (!input || !Number.isInteger(input.articleId) || input.articleId <= 0) {
    throw new FolioError('invalid-input', 'Find in article needs an article id.')
  }
  const row = cachedStatement(archive.db, 'SELECT title, body FROM articles WHERE id = ?').get(
    input.articleId
  ) as { title: string; body: string } | undefined
  if (!row) throw new FolioError('not-found', `There is no article ${input.articleId}.`)
  const q = parseQuery(typeof input.query === 'string' ? input.query : '')
  if (!q) return { ranges: [], titleRanges: [] }
  const m = compileMatcher(q, input.exact === true)
  return { ranges: ranges(findMatches(m, row.body)), titleRanges: ranges(findMatches(m, row.title)) }
}
