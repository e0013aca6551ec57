// How much of an article's text each theme covers: the union of its passages, in characters that
// are not white space, over the article's characters that are not white space.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import type { ArticleCoverage, ThemeCoverage } from './analysis-types'

/** prefix[i] = non-space characters in text[0, i). */
function nonSpacePrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1)
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i] + (/\s/.test(text[i]) ? 0 : 1)
  return prefix
}

/** Characters under the union of the ranges. */
function unionChars(ranges: { start: number; end: number }[], prefix: Int32Array): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  let total = 0
  let curStart = -1
  let curEnd = -1
  for (const r of sorted) {
    if (r.start > curEnd) {
      if (curEnd > curStart) total += prefix[curEnd] - prefix[curStart]
      curStart = r.start
      curEnd = r.end
    } else curEnd = Math.max(curEnd, r.end)
  }
  if (curEnd > curStart) total += prefix[curEnd] - prefix[curStart]
  return total
}

export function articleCoverage(archive: Archive, articleId: number): ArticleCoverage {
  const row = archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as
    { body: string } | undefined
  if (!row) throw new FolioError('not-found', `There is no article ${articleId}.`)
  const prefix = nonSpacePrefix(row.body)
  const chars = prefix[row.body.length]
  const limit = row.body.length
  const passages = archive.db
    .prepare(
      `SELECT pt.theme_id AS themeId, p.start, p.end FROM passages p JOIN passage_themes pt ON pt.passage_id = p.id
       WHERE p.article_id = ? AND p.status = 'anchored'`
    )
    .all(articleId) as { themeId: number; start: number; end: number }[]
  const clamp = (r: { start: number; end: number }): { start: number; end: number } => ({
    start: Math.min(r.start, limit),
    end: Math.min(r.end, limit)
  })
  const byTheme = new Map<number, { start: number; end: number }[]>()
  for (const p of passages) {
    const list = byTheme.get(p.themeId) ?? []
    list.push(clamp(p))
    byTheme.set(p.themeId, list)
  }
  const share = (n: number): number => (chars === 0 ? 0 : n / chars)
  const themes: ThemeCoverage[] = [...byTheme.entries()]
    .map(([themeId, ranges]) => {
      const c = unionChars(ranges, prefix)
      return { themeId, chars: c, share: share(c) }
    })
    .sort((a, b) => b.chars - a.chars || a.themeId - b.themeId)
  const any = unionChars(passages.map(clamp), prefix)
  return { articleId, chars, themes, anyTheme: { chars: any, share: share(any) } }
}
