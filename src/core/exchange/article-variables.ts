// Article metadata as REFI-QDA variables: the names both directions agree on.
import type { Block } from '../text/model'
import { BLOCK_KINDS } from '../text/model'

export type ArticleField = 'category' | 'author' | 'source' | 'url' | 'publishedAt' | 'language'

export const ARTICLE_VARIABLES: readonly { field: ArticleField; name: string; description: string }[] = [
  { field: 'category', name: 'Category', description: 'The section or category the article appeared in.' },
  { field: 'author', name: 'Author', description: 'Who wrote the article.' },
  { field: 'source', name: 'Source', description: 'The newspaper or site that published the article.' },
  { field: 'url', name: 'URL', description: 'Where the article was published online.' },
  { field: 'publishedAt', name: 'Published', description: 'Publication date (ISO 8601).' },
  { field: 'language', name: 'Language', description: 'Language of the article (BCP 47 tag).' }
]

/** The article's block structure (headings, captions…), offsets in code points, so a re-import keeps it. */
export const LAYOUT_VARIABLE = 'Folio layout'

export function fieldForVariable(name: string): ArticleField | null {
  const n = name.trim().toLowerCase()
  return ARTICLE_VARIABLES.find((v) => v.name.toLowerCase() === n)?.field ?? null
}

export function encodeLayout(blocks: Block[], toCodePoints: (utf16: number) => number): string {
  return JSON.stringify(
    blocks.map((b) => {
      const row: (string | number)[] = [b.kind, toCodePoints(b.start), toCodePoints(b.end)]
      if (b.level) row.push(b.level)
      return row
    })
  )
}

/** Blocks back in UTF-16 offsets, or null when the value is not a layout of this text. */
export function decodeLayout(value: string, toUtf16: (points: number) => number | null): Block[] | null {
  let rows: unknown
  try {
    rows = JSON.parse(value)
  } catch {
    return null
  }
  if (!Array.isArray(rows)) return null
  const blocks: Block[] = []
  for (const row of rows) {
    if (!Array.isArray(row) || !(BLOCK_KINDS as readonly unknown[]).includes(row[0])) return null
    const start = toUtf16(Number(row[1]))
    const end = toUtf16(Number(row[2]))
    if (start === null || end === null || start >= end) return null
    const block: Block = { kind: row[0] as Block['kind'], start, end }
    if (Number.isInteger(row[3]) && (row[3] as number) >= 1 && (row[3] as number) <= 6)
      block.level = row[3] as number
    blocks.push(block)
  }
  return blocks
}
