// Hostile strings for the hostile-input tests: bidi overrides, invisible characters, control
// characters, syntax that looks like SQL or FTS5, and very long words and paragraphs.
export const RLO = '\u202E' // right-to-left override
export const PDF_MARK = '\u202C' // pop directional formatting
export const ZWSP = '\u200B'
export const ZWJ = '\u200D'
export const BOM = '\uFEFF'

export const RTL_TITLE = `${RLO}Cần Thơ${PDF_MARK} hợp tác ${RLO}txt.exe${PDF_MARK} quốc tế`
export const ZERO_WIDTH_TITLE = `Đồng${ZWSP} bằng${ZWJ} sông Cửu${BOM} Long`
export const CONTROL_NOTE =
  'Ghi chú\u0000 có \u0007chuông, \u001b[31mmàu ANSI\u001b[0m,\r\ndòng\rmới và \u0008xóa.'

export const SQL_LIKE = [
  "'); DROP TABLE articles; --",
  'Robert"); DELETE FROM passages; --',
  'NEAR(hợp tác quốc tế, 5)',
  'title: * OR body: "',
  '"unbalanced quote',
  '-- comment',
  'a AND OR NOT b',
  '*'
]

/** Vietnamese prose, roughly `bytes` long in UTF-8, words separated by spaces, no line breaks. */
export function longParagraph(bytes: number): string {
  const sentence = 'Thành phố Cần Thơ đẩy mạnh liên kết vùng và hợp tác quốc tế trong nhiều lĩnh vực. '
  const unit = Buffer.byteLength(sentence)
  return sentence.repeat(Math.ceil(bytes / unit)).trim()
}

/** One "word" of n letters with no break opportunity. */
export function longWord(n: number): string {
  return 'Nghiêng'.repeat(Math.ceil(n / 7)).slice(0, n)
}

export function clip(title: string, ...paragraphs: string[]): string {
  return [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
}

export const GOOD_PARAGRAPH =
  'Thành phố đã ký kết nhiều thỏa thuận hợp tác với các địa phương trong vùng đồng bằng sông Cửu Long, mở ra hướng phát triển mới.'
