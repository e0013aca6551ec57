// User text made fit to draw in a PDF and to write into its metadata and annotation strings.
//
// Control characters, bidi controls and zero-width characters have no glyph in our fonts, so pdfkit
// draws each as a visible gap; pdfkit lays text out left to right only, so bidi controls cannot do
// anything useful on the page either. In the Info dictionary a raw RLO makes a viewer's title bar
// show the title reversed, and control bytes in /Contents show up as boxes in a comments pane.
// Vietnamese letters and combining marks are kept: only invisible characters are removed.

/** Terminal colour codes pasted from a console (ESC [ 31 m): dropping only the ESC leaves "[31m". */
// eslint-disable-next-line no-control-regex -- matching a control character is the point
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g

/** CRLF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: all mean "new line" to the writer. */
// eslint-disable-next-line no-control-regex -- VT and FF are line breaks to the writer
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g

/**
 * Characters that draw as a gap and carry nothing a reader of the page needs: C0 controls other than
 * tab and the line breaks above, DEL and C1 controls, ARABIC LETTER MARK, MONGOLIAN VOWEL SEPARATOR,
 * zero-width space / non-joiner / joiner, LRM/RLM, bidi embeddings, overrides and isolates, word
 * joiner and invisible operators, and the byte order mark.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

function withoutInvisibles(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(INVISIBLE, '')
}

/**
 * Text drawn as wrapped paragraphs (notes, memos, descriptions, quotes): every kind of line break
 * becomes `\n`, which the layout breaks at; a tab becomes a space.
 */
export function paragraphText(text: string): string {
  // Line breaks first, so "\r\n" is one break and not a CR dropped next to an LF.
  return withoutInvisibles(text.replace(LINE_BREAK, '\n')).replace(/\t/g, ' ').normalize('NFC')
}

/**
 * Text that is one line by nature (titles, sources, names, running header, metadata, bookmarks):
 * line breaks and tabs become one space, and runs of spaces left by them are closed up.
 */
export function lineText(text: string): string {
  return withoutInvisibles(text.replace(LINE_BREAK, ' '))
    .replace(/[\t ]+/g, ' ')
    .trim()
    .normalize('NFC')
}
