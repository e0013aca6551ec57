// Maps a DOM selection inside the reader back to body offsets. Every text node of the article sits in a
// span carrying data-start (its offset in the body), so a boundary is data-start + offset in the node.
export interface OffsetRange {
  start: number
  end: number
}

function spanStart(el: Element | null): number | null {
  const s = el?.closest?.('[data-start]')?.getAttribute('data-start')
  return s == null ? null : Number(s)
}

function spanEnd(el: Element): number | null {
  const e = el.getAttribute('data-end')
  return e == null ? null : Number(e)
}

/** The offset in the body of a (node, offset) boundary, or null when it is outside the article. */
export function boundaryOffset(
  node: Node,
  offset: number,
  root: Element,
  edge: 'start' | 'end'
): number | null {
  if (!root.contains(node)) return null
  if (node.nodeType === 3) {
    const base = spanStart(node.parentElement)
    return base == null ? null : base + offset
  }
  const el = node as Element
  const spans = [...el.querySelectorAll('[data-start]')]
  if (spans.length === 0) return spanStart(el)
  // An element boundary sits between children: take the first text span after it (start edge) or
  // the last one before it (end edge).
  const child = el.childNodes[offset] ?? null
  if (edge === 'start') {
    const after = spans.find((s) => !child || child === s || child.contains(s) || precedes(child, s))
    return after ? Number(after.getAttribute('data-start')) : null
  }
  const before = [...spans].reverse().find((s) => !child || precedes(s, child))
  return before ? spanEnd(before) : null
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0
}

/** Trims white space off both ends so a passage starts and ends on text. */
export function trimRange(body: string, r: OffsetRange): OffsetRange | null {
  let { start, end } = r
  if (start > end) [start, end] = [end, start]
  start = Math.max(0, start)
  end = Math.min(body.length, end)
  while (start < end && /\s/.test(body[start])) start++
  while (end > start && /\s/.test(body[end - 1])) end--
  return end > start ? { start, end } : null
}

/** The offsets of the current selection inside root, or null if there is none there. */
export function selectionOffsets(
  selection: Selection | null,
  root: Element,
  body: string
): OffsetRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const start = boundaryOffset(range.startContainer, range.startOffset, root, 'start')
  const end = boundaryOffset(range.endContainer, range.endOffset, root, 'end')
  if (start == null || end == null) return null
  return trimRange(body, { start, end })
}
