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
