// Text normalisation at the edge of the archive: everything stored is NFC with LF line endings.

/** NFC, LF line endings, no BOM, no NUL or other C0 controls except tab and newline. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
}

/** Collapse runs of spaces and tabs inside a line; trims the ends. Newlines are kept. */
export function tidyLine(line: string): string {
  return line.replace(/[ \t\u00A0]+/g, ' ').trim()
}

/**
 * Normalises a body whose blocks are offsets into it, keeping the blocks on the same text: each block
 * and each gap between blocks is normalised on its own and the offsets are rebuilt from their lengths.
 */
export function normalizeBodyAndBlocks<B extends { start: number; end: number }>(
  body: string,
  blocks: B[]
): { body: string; blocks: B[] } {
  const normalized = normalizeText(body)
  if (normalized === body) return { body, blocks }
  let out = ''
  let cursor = 0
  const moved: B[] = []
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < cursor) continue // overlapping blocks are not part of the text model
    out += normalizeText(body.slice(cursor, b.start))
    const start = out.length
    out += normalizeText(body.slice(b.start, b.end))
    if (out.length > start) moved.push({ ...b, start, end: out.length })
    cursor = b.end
  }
  out += normalizeText(body.slice(cursor))
  return { body: out, blocks: moved }
}
