// Diacritic-insensitive text with a map back to the original: lets keyword and quote matching run on
// folded text (lower case, marks stripped, đ→d, runs of spaces as one) and report original offsets.

export interface FoldedText {
  /** The folded text. */
  text: string
  /** For each folded index, the original offset of the character it came from. */
  starts: number[]
  /** For each folded index, the original offset just after the character it came from. */
  ends: number[]
}

const SPACE = /\s/u
const MARK = /\p{M}/u

/** Folds one character (a code point) the way search does: lower case, no marks, đ→d. */
export function foldChar(ch: string): string {
  return ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
}

/** Folds `text`, keeping for every output character the original range it came from. */
export function foldWithMap(text: string): FoldedText {
  let out = ''
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < text.length) {
    const cp = text.codePointAt(i) as number
    let width = cp > 0xffff ? 2 : 1
    // Combining marks after a letter (NFD text) belong to it, so the letter's range covers them.
    while (i + width < text.length && MARK.test(text[i + width])) width++
    const ch = text.slice(i, i + width)
    if (SPACE.test(ch)) {
      // One space stands for a whole run, so "liên  kết" and "liên\nkết" match "liên kết".
      let j = i + width
      while (j < text.length && SPACE.test(text[j])) j++
      out += ' '
      starts.push(i)
      ends.push(j)
      i = j
      continue
    }
    const folded = foldChar(ch)
    for (let k = 0; k < folded.length; k++) {
      starts.push(i)
      ends.push(i + width)
    }
    out += folded
    i += width
  }
  return { text: out, starts, ends }
}

/** Folds a search phrase (no map needed): the same fold, trimmed. */
export function foldPhrase(phrase: string): string {
  return foldWithMap(phrase.normalize('NFC').trim()).text
}

/** Maps a folded range [start, end) back to the original text's range. */
export function toOriginalRange(
  folded: FoldedText,
  start: number,
  end: number
): { start: number; end: number } {
  return { start: folded.starts[start], end: folded.ends[end - 1] }
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Every whole-word occurrence of `phrase` (already folded) in the folded text, as folded ranges. */
export function findWholeWord(folded: string, phrase: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = []
  if (!phrase) return hits
  let from = 0
  for (;;) {
    const at = folded.indexOf(phrase, from)
    if (at < 0) break
    const end = at + phrase.length
    const before = at > 0 ? folded[at - 1] : ''
    const after = end < folded.length ? folded[end] : ''
    const boundaryBefore = !WORD_CHAR.test(phrase[0]) || !before || !WORD_CHAR.test(before)
    const boundaryAfter = !WORD_CHAR.test(phrase[phrase.length - 1]) || !after || !WORD_CHAR.test(after)
    if (boundaryBefore && boundaryAfter) hits.push({ start: at, end })
    from = at + 1
  }
  return hits
}
