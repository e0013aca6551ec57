// Text normalisation at the edge of the archive: everything stored is NFC with LF line endings.

/** Text in which none of normalizeText's replacements has anything to do: no CR, no control but tab and newline. */
const CLEAN_TEXT = /^[^\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/

/**
 * True when a replacement in normalizeText would change the text: a leading BOM, a CR, or a control.
 * One anchored match of a negated class is several times cheaper than running the replacements, and
 * text that needs none of them (nearly all of it) is then only put in NFC.
 */
function needsCleaning(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff || !CLEAN_TEXT.test(text)
}

/** NFC, LF line endings, no BOM, no NUL or other C0 controls except tab and newline. */
export function normalizeText(text: string): string {
  // NFC composes letters with marks and never makes a control, so clean text only needs NFC.
  if (!needsCleaning(text)) return text.normalize('NFC')
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
