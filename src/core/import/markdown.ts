// Markdown note → ArticleDraft via markdown-it's token stream: headings, paragraphs, list items and
// block quotes become blocks; a leading "# Title" (or front-matter title) becomes the title.
import MarkdownIt from 'markdown-it'
import { assembleBlocks, type ArticleDraft, type BlockKind } from '../text/model'
import { normalizeText, tidyLine } from '../text/normalize'
import type { Piece } from './html-blocks'

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

// html: true so raw HTML arrives as html_block/html_inline tokens, which are dropped: a note's markup is
// not article text (its words inside tags are kept as text tokens).
const md = new MarkdownIt({ html: true, linkify: false })

function inlineText(token: Token): string {
  let out = ''
  for (const c of token.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += ' '
  }
  return tidyLine(out)
}

/** Reads "key: value" lines of a leading YAML front matter block. */
function frontMatter(text: string): { fields: Record<string, string>; rest: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!m) return { fields: {}, rest: text }
  const fields: Record<string, string> = {}
  for (const line of m[1].split('\n')) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line)
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^["']|["']$/g, '')
  }
  return { fields, rest: text.slice(m[0].length) }
}

export function extractMarkdown(raw: string, fallbackTitle: string): ArticleDraft {
  const { fields, rest } = frontMatter(normalizeText(raw))
  const tokens = md.parse(rest, {})
  const pieces: Piece[] = []
  const context: BlockKind[] = []
  let headingLevel = 0
  for (const t of tokens) {
    switch (t.type) {
      case 'blockquote_open':
        context.push('quote')
        break
      case 'list_item_open':
        context.push('list-item')
        break
      case 'blockquote_close':
      case 'list_item_close':
        context.pop()
        break
      case 'heading_open':
        headingLevel = Number(t.tag.slice(1))
        break
      case 'heading_close':
        headingLevel = 0
        break
      case 'inline': {
        const text = inlineText(t)
        if (!text) break
        if (headingLevel) pieces.push({ kind: 'heading', text, level: headingLevel })
        else pieces.push({ kind: context[context.length - 1] ?? 'paragraph', text })
        break
      }
      case 'fence':
      case 'code_block':
        if (t.content.trim()) pieces.push({ kind: 'paragraph', text: t.content.trim() })
        break
    }
  }
  let title = fields.title ?? null
  if (!title && pieces[0]?.kind === 'heading') title = (pieces.shift() as Piece).text
  const { body, blocks } = assembleBlocks(pieces)
  return {
    title: title ?? fallbackTitle,
    body,
    blocks,
    author: fields.author ?? null,
    publishedAt: fields.date ?? null,
    category: fields.category ?? null,
    source: fields.source ?? null,
    url: fields.url ?? null,
    language: fields.lang ?? fields.language ?? null
  }
}
