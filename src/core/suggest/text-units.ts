// The units a suggestion can cover: an article's paragraphs (its non-heading blocks) or their
// sentences, each with the section heading it sits under.
import type { Block } from '../text/model'

export type SuggestionUnit = 'sentence' | 'paragraph'

export interface TextUnit {
  start: number
  end: number
  /** The nearest heading above this unit, if any. */
  heading: { start: number; end: number } | null
}

/** Blocks of the article; a text without blocks is split on blank lines, with no headings. */
function blocksOf(body: string, blocks: readonly Block[]): Block[] {
  if (blocks.length) return [...blocks].sort((a, b) => a.start - b.start)
  const out: Block[] = []
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) out.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** A sentence break after a short abbreviation ("TP.", "Mr.", "St.") is not a real one. */
const ABBREVIATION = /(?:^|\s)[\p{Lu}][\p{L}]{0,2}\.\s*$/u

function sentencesIn(body: string, start: number, end: number): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })
  const out: { start: number; end: number }[] = []
  for (const seg of segmenter.segment(body.slice(start, end))) {
    const s = start + seg.index
    const e = s + seg.segment.length
    const last = out[out.length - 1]
    if (last && ABBREVIATION.test(body.slice(last.start, last.end))) last.end = e
    else out.push({ start: s, end: e })
  }
  return out
}

function trimmed(body: string, r: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = r
  while (start < end && /\s/.test(body[start])) start++
  while (end > start && /\s/.test(body[end - 1])) end--
  return start < end ? { start, end } : null
}

export function textUnits(body: string, blocks: readonly Block[], unit: SuggestionUnit): TextUnit[] {
  const units: TextUnit[] = []
  let heading: TextUnit['heading'] = null
  for (const b of blocksOf(body, blocks)) {
    if (b.kind === 'heading') {
      heading = { start: b.start, end: b.end }
      continue
    }
    const ranges = unit === 'paragraph' ? [{ start: b.start, end: b.end }] : sentencesIn(body, b.start, b.end)
    for (const r of ranges) {
      const t = trimmed(body, r)
      if (t) units.push({ ...t, heading })
    }
  }
  return units
}
