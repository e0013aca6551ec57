// The text model: one NFC body string and a list of blocks over it (UTF-16 offsets, end exclusive).
export const BLOCK_KINDS = ['heading', 'paragraph', 'lede', 'caption', 'quote', 'list-item'] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

export interface Block {
  kind: BlockKind
  start: number
  end: number
  /** Heading level (1–6) where the source has one. */
  level?: number
}

/** What an extractor produces before the archive stores it. */
export interface ArticleDraft {
  title: string
  body: string
  blocks: Block[]
  category?: string | null
  author?: string | null
  source?: string | null
  url?: string | null
  /** ISO 8601 date or date-time. */
  publishedAt?: string | null
  language?: string | null
}

/** Where an article came from. */
export interface Provenance {
  originalName?: string | null
  originalFormat?: string | null
  encoding?: string | null
  url?: string | null
  /** sha256 hex of the original bytes. */
  originalHash?: string | null
}

/**
 * Builds body + blocks from a list of (kind, text) pieces, joining blocks with a blank line so the
 * body reads well as plain text and offsets stay simple.
 */
export function assembleBlocks(pieces: { kind: BlockKind; text: string; level?: number }[]): {
  body: string
  blocks: Block[]
} {
  let body = ''
  const blocks: Block[] = []
  for (const piece of pieces) {
    const text = piece.text.trim()
    if (!text) continue
    if (body) body += '\n\n'
    const start = body.length
    body += text
    const block: Block = { kind: piece.kind, start, end: body.length }
    if (piece.level) block.level = piece.level
    blocks.push(block)
  }
  return { body, blocks }
}

export function blockText(body: string, block: Block): string {
  return body.slice(block.start, block.end)
}
