// Matching a theme's keywords (and names) against folded text: whole words, diacritic-insensitive,
// the longest phrase winning where two overlap ("liên kết vùng" over "liên kết").
import type { Theme } from '../themes/theme-store'
import { findWholeWord, foldPhrase } from './folded-text'

export interface ThemeMatcher {
  themeId: number
  /** Folded phrase → the keyword as the user wrote it. */
  phrases: Map<string, string>
}

export interface PhraseHit {
  /** Folded offsets. */
  start: number
  end: number
  keyword: string
}

export function themeMatcher(theme: Theme, options: { withNames?: boolean } = {}): ThemeMatcher {
  const phrases = new Map<string, string>()
  const words = [...theme.keywords, ...(options.withNames ? [theme.name, theme.nameVi ?? ''] : [])]
  for (const k of words) {
    const f = foldPhrase(k)
    if (f && !phrases.has(f)) phrases.set(f, k)
  }
  return { themeId: theme.id, phrases }
}

/** Non-overlapping hits of the matcher's phrases in folded[from, to), longest first, in text order. */
export function matchPhrases(
  matcher: ThemeMatcher,
  folded: string,
  from = 0,
  to = folded.length
): PhraseHit[] {
  const slice = folded.slice(from, to)
  const all: PhraseHit[] = []
  for (const [phrase, keyword] of matcher.phrases) {
    for (const h of findWholeWord(slice, phrase))
      all.push({ start: h.start + from, end: h.end + from, keyword })
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: PhraseHit[] = []
  for (const h of all) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * How much one keyword says: longer phrases are more specific than short words ("thời gian tới"
 * over "will"). Measured in folded characters so that Vietnamese syllables and English words weigh alike.
 */
export function keywordWeight(foldedKeyword: string): number {
  return Math.min(2, 0.5 + foldedKeyword.length / 10)
}
