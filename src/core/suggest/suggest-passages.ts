// "Auto-coding you review": passages that a theme's keywords point to, expanded to the sentence or
// paragraph, with the section heading as extra evidence. Rejected ranges and ranges already tagged
// with the theme are not suggested again.
import type { Archive } from '../archive'
import { getArticle } from '../articles/article-store'
import { FolioError } from '../errors'
import { listThemes } from '../themes/theme-store'
import { foldWithMap, toOriginalRange, type FoldedText } from './folded-text'
import type { Suggestion, SuggestOptions, SuggestionTrigger } from './suggestion-types'
import { textUnits, type TextUnit } from './text-units'
import { keywordWeight, matchPhrases, themeMatcher, type ThemeMatcher } from './theme-matcher'

/** A suggestion needs about one specific phrase plus a little more: a second keyword or its heading. */
export const DEFAULT_MIN_SCORE = 0.4
/** Evidence from a section heading that names the theme: worth about one good keyword. */
const HEADING_EVIDENCE = 1.2
/** Each repeat of a keyword already counted adds a little, up to three repeats. */
const REPEAT_EVIDENCE = 0.25
const MAX_REPEATS = 3

/** Evidence → 0–1: one strong phrase ≈ 0.4, two ≈ 0.6, it never quite reaches 1. */
function toScore(evidence: number): number {
  return Math.round((evidence / (evidence + 2)) * 100) / 100
}

interface Exclusions {
  rejected: Set<string>
  tagged: { themeId: number; start: number; end: number }[]
}

function exclusionsFor(archive: Archive, articleId: number): Exclusions {
  const rejected = new Set(
    (
      archive.db
        .prepare('SELECT theme_id, start, end FROM suggestion_rejections WHERE article_id = ?')
        .all(articleId) as { theme_id: number; start: number; end: number }[]
    ).map((r) => `${r.theme_id}:${r.start}:${r.end}`)
  )
  const tagged = archive.db
    .prepare(
      `SELECT pt.theme_id AS themeId, p.start, p.end FROM passages p JOIN passage_themes pt ON pt.passage_id = p.id
       WHERE p.article_id = ? AND p.status = 'anchored'`
    )
    .all(articleId) as Exclusions['tagged']
  return { rejected, tagged }
}

function foldedRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  // The folded text is never longer per original offset, so a binary search over `starts` finds the edges.
  const lower = (offset: number): number => {
    let lo = 0
    let hi = folded.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (folded.starts[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return { start: lower(start), end: lower(end) }
}

function headingMatches(matcher: ThemeMatcher, folded: FoldedText, unit: TextUnit): boolean {
  if (!unit.heading) return false
  const r = foldedRange(folded, unit.heading.start, unit.heading.end)
  return matchPhrases(matcher, folded.text, r.start, r.end).length > 0
}

export function suggestPassages(
  archive: Archive,
  articleId: number,
  options: SuggestOptions = {}
): Suggestion[] {
  const unitKind = options.unit ?? 'paragraph'
  if (unitKind !== 'sentence' && unitKind !== 'paragraph') {
    throw new FolioError(
      'invalid-input',
      `Suggestions expand to a "sentence" or a "paragraph", not "${unitKind}".`
    )
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const article = getArticle(archive, articleId)
  const body = article.body
  const folded = foldWithMap(body)
  const units = textUnits(body, article.blocks, unitKind)
  const themes = listThemes(archive).filter((t) => !options.themeIds || options.themeIds.includes(t.id))
  const { rejected, tagged } = exclusionsFor(archive, articleId)
  const out: Suggestion[] = []
  for (const theme of themes) {
    const matcher = themeMatcher(theme)
    // Headings also count when they carry the theme's own name ("Đối ngoại", "Outlook").
    const headingMatcher = themeMatcher(theme, { withNames: true })
    if (matcher.phrases.size === 0) continue
    for (const unit of units) {
      const r = foldedRange(folded, unit.start, unit.end)
      const hits = matchPhrases(matcher, folded.text, r.start, r.end)
      if (!hits.length) continue
      const seen = new Map<string, number>()
      let evidence = 0
      for (const h of hits) {
        const n = seen.get(h.keyword) ?? 0
        seen.set(h.keyword, n + 1)
        if (n === 0) evidence += keywordWeight(folded.text.slice(h.start, h.end))
        else if (n <= MAX_REPEATS) evidence += REPEAT_EVIDENCE
      }
      const byHeading = headingMatches(headingMatcher, folded, unit)
      if (byHeading) evidence += HEADING_EVIDENCE
      const score = toScore(evidence)
      if (score < minScore) continue
      if (rejected.has(`${theme.id}:${unit.start}:${unit.end}`)) continue
      if (tagged.some((t) => t.themeId === theme.id && t.start < unit.end && unit.start < t.end)) continue
      const triggers: SuggestionTrigger[] = hits.map((h) => {
        const o = toOriginalRange(folded, h.start, h.end)
        return { text: body.slice(o.start, o.end), keyword: h.keyword, start: o.start, end: o.end }
      })
      out.push({
        id: `${articleId}:${theme.id}:${unit.start}:${unit.end}`,
        articleId,
        themeId: theme.id,
        start: unit.start,
        end: unit.end,
        exact: body.slice(unit.start, unit.end),
        unit: unitKind,
        score,
        triggers,
        section: unit.heading ? body.slice(unit.heading.start, unit.heading.end) : null,
        heading: byHeading && unit.heading ? body.slice(unit.heading.start, unit.heading.end) : null
      })
    }
  }
  return out.sort((a, b) => a.start - b.start || b.score - a.score || a.themeId - b.themeId)
}
