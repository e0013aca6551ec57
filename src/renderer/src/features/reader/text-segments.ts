// Cuts an article body into blocks and, inside each block, into segments at every passage boundary,
// so the reader can draw highlights as plain text spans (never HTML) with overlaps visible.
export interface TextBlock {
  kind: string
  start: number
  end: number
  level?: number
}

export interface RangeLike {
  id: number
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  /** Ids of the ranges covering this segment, in the order the ranges were given. */
  ids: number[]
}

export interface BlockSegments {
  block: TextBlock
  segments: Segment[]
}

/** Blocks as given, or one paragraph per blank-line-separated chunk when an article has none. */
export function blocksOrParagraphs(body: string, blocks: readonly TextBlock[]): TextBlock[] {
  const usable = blocks
    .filter((b) => b.end > b.start && b.start >= 0 && b.end <= body.length)
    .sort((a, b) => a.start - b.start)
  if (usable.length > 0) return usable
  const out: TextBlock[] = []
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) out.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length })
  }
  return out
}

/** Splits [block.start, block.end) at every range edge inside it. */
export function segmentBlock(block: TextBlock, ranges: readonly RangeLike[]): Segment[] {
  const inside = ranges.filter((r) => r.end > block.start && r.start < block.end)
  const cuts = new Set<number>([block.start, block.end])
  for (const r of inside) {
    if (r.start > block.start) cuts.add(r.start)
    if (r.end < block.end) cuts.add(r.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    const ids = inside.filter((r) => r.start <= start && r.end >= end).map((r) => r.id)
    segments.push({ start, end, ids })
  }
  return segments
}

export function segmentArticle(
  body: string,
  blocks: readonly TextBlock[],
  ranges: readonly RangeLike[]
): BlockSegments[] {
  return blocksOrParagraphs(body, blocks).map((block) => ({ block, segments: segmentBlock(block, ranges) }))
}

/** Finds every diacritic-insensitive occurrence of `needle` in `folded` (both already folded). */
export function findAll(folded: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  if (!needle) return out
  let at = folded.indexOf(needle)
  while (at !== -1) {
    out.push({ start: at, end: at + needle.length })
    at = folded.indexOf(needle, at + needle.length)
  }
  return out
}
