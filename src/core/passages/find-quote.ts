// Selecting a passage by its words instead of offsets: the exact text first, then the same words
// ignoring case, accents and spacing ("hoi nhap quoc te" finds "hội nhập quốc tế").
import { FolioError } from '../errors'
import { foldPhrase, foldWithMap, toOriginalRange } from '../suggest/folded-text'

export interface FoundQuote {
  start: number
  end: number
  /** 'exact' when the text was found as typed, 'loose' when only ignoring case/accents/spacing. */
  match: 'exact' | 'loose'
  /** How many times the words occur in the article. */
  occurrences: number
}

function exactHits(body: string, quote: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = []
  for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
    hits.push({ start: at, end: at + quote.length })
  }
  return hits
}

function looseHits(body: string, quote: string): { start: number; end: number }[] {
  const folded = foldWithMap(body)
  const phrase = foldPhrase(quote)
  const hits: { start: number; end: number }[] = []
  if (!phrase) return hits
  for (let at = folded.text.indexOf(phrase); at >= 0; at = folded.text.indexOf(phrase, at + 1)) {
    hits.push(toOriginalRange(folded, at, at + phrase.length))
  }
  return hits
}

/**
 * Where `quote` is in `body`. With several occurrences, `occurrence` (1-based) picks one; without it
 * the choice is refused rather than guessed.
 */
export function findQuote(body: string, quote: string, occurrence?: number): FoundQuote {
  const q = quote.normalize('NFC').trim()
  if (!q) throw new FolioError('invalid-input', 'The quote is empty: give the words to mark.')
  let hits = exactHits(body, q)
  let match: FoundQuote['match'] = 'exact'
  if (!hits.length) {
    hits = looseHits(body, q)
    match = 'loose'
  }
  const short = q.length > 40 ? q.slice(0, 40) + '…' : q
  if (!hits.length) throw new FolioError('not-found', `"${short}" is not in the article's text.`)
  if (occurrence === undefined) {
    if (hits.length > 1) {
      throw new FolioError(
        'invalid-input',
        `"${short}" occurs ${hits.length} times in the article; say which one (occurrence 1–${hits.length}).`
      )
    }
    return { ...hits[0], match, occurrences: 1 }
  }
  if (!Number.isInteger(occurrence) || occurrence < 1 || occurrence > hits.length) {
    throw new FolioError(
      'invalid-input',
      `"${short}" occurs ${hits.length} time(s); there is no occurrence ${occurrence}.`
    )
  }
  return { ...hits[occurrence - 1], match, occurrences: hits.length }
}
