// Blocks for a corrected article text: the body is split at blank lines (how Folio joins blocks); when
// the number of pieces is unchanged each keeps its old kind (heading, caption…), otherwise paragraphs.
import type { Block } from '../../shared/api-types'

export function blocksForCorrectedBody(body: string, previous: readonly Block[]): Block[] {
  const pieces: { start: number; end: number }[] = []
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = m[0].replace(/\s+$/, '')
    if (text) pieces.push({ start: m.index, end: m.index + text.length })
  }
  const keepKinds = pieces.length === previous.length
  return pieces.map((p, i) => {
    const old = keepKinds ? previous[i] : undefined
    const block: Block = { kind: old?.kind ?? 'paragraph', start: p.start, end: p.end }
    if (old?.level) block.level = old.level
    return block
  })
}
