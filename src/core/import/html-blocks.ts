// Readability's article element → Folio text pieces: h1–h6 heading, p paragraph, figcaption caption,
// blockquote quote, li list-item. Block containers are walked; inline elements join their paragraph.
import type { BlockKind } from '../text/model'
import { tidyLine } from '../text/normalize'
import { isChrome } from './text-clip'

export interface Piece {
  kind: BlockKind
  text: string
  level?: number
}

/** Minimal DOM surface used here (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number
  localName?: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'img',
  'picture',
  'source',
  'map',
  'head',
  'title',
  'meta',
  'link'
])
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'big',
  'nobr'
])
const CONTEXT_KIND: Record<string, BlockKind> = {
  blockquote: 'quote',
  li: 'list-item',
  dd: 'list-item',
  figcaption: 'caption',
  caption: 'caption'
}

const PRINT_NOTICE =
  /^A version of this article appears in print|Order Reprints \||^\[?(?:责任编辑|Biên tập viên)\s*[:：]/

/** Walks an article element; returns pieces in reading order, chrome lines and repeats dropped. */
export function htmlToPieces(root: DomNode): Piece[] {
  const out: Piece[] = []
  let buffer = ''
  let kind: BlockKind = 'paragraph'

  const flush = (): void => {
    const text = tidyLine(buffer.replace(/\s+/g, ' '))
    buffer = ''
    if (!text) return
    const prev = out[out.length - 1]
    if (prev && prev.text === text) return // a caption repeated as the next paragraph, etc.
    out.push({ kind, text })
  }

  const walk = (node: DomNode): void => {
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child.nodeType === TEXT_NODE) {
        buffer += child.textContent ?? ''
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const tag = child.localName ?? ''
      if (SKIP.has(tag)) continue
      if (INLINE.has(tag)) {
        walk(child)
        continue
      }
      if (tag === 'br') {
        flush()
        continue
      }
      const heading = /^h([1-6])$/.exec(tag)
      if (heading) {
        flush()
        const text = tidyLine((child.textContent ?? '').replace(/\s+/g, ' '))
        if (text) out.push({ kind: 'heading', text, level: Number(heading[1]) })
        continue
      }
      flush()
      const outer = kind
      const inner = CONTEXT_KIND[tag]
      if (inner && !(inner === 'list-item' && outer === 'quote')) kind = inner
      walk(child)
      flush()
      kind = outer
    }
  }

  walk(root)
  flush()
  // Print-edition and reprint notices close many pages; from there on nothing is article text.
  const tail = out.findIndex((p, i) => i > out.length / 2 && PRINT_NOTICE.test(p.text))
  if (tail > 0) out.length = tail
  while (out.length && isChrome(out[out.length - 1].text)) out.pop()
  return out.filter((p) => !isChrome(p.text))
}
