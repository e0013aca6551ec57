// Text-clip extractor: an article copied from a news page as plain text. Pure function.
// Shape it understands (in any language): optional category line, title line, lede, paragraphs,
// short lines as section headings, photo captions with "(Nguồn: …)"/"(Ảnh: …)"/"(Photo: …)",
// "Tác giả:"/"By" author lines, "Nguồn tin:"/"Source:" lines, and page chrome at the end.
import type { ArticleDraft, BlockKind } from '../text/model'
import { assembleBlocks } from '../text/model'
import { normalizeText, tidyLine } from '../text/normalize'

// "By Name" needs no colon; the labelled forms do, so a title like "Bài học …" is never an author line.
const AUTHOR_LABEL = /^(?:tác giả|author|bài(?: và ảnh)?|written by)\s*[:：]\s*(.{2,80})$/iu
const BY_LINE = /^(?:By|BY)\s+(\p{Lu}.{1,79})$/u
const SOURCE_LINE = /^(?:nguồn tin|nguồn|source|theo)\s*[:：]\s*(.{2,120})$/i
const CAPTION_MARK = /\((?:nguồn|ảnh|photo|source|credit|ảnh minh họa|ảnh minh hoạ)\s*:[^)]*\)\s*\.?$/i
const CAPTION_START = /^(?:ảnh|photo|hình)\s*[:：]/i
const TERMINAL = /[.!?…:;,"”'’»)]$/
/** Words that, alone on a short trailing line, are page furniture rather than article text. */
const CHROME = new Set([
  'bài mới đăng',
  'top',
  'lên đầu trang',
  'về đầu trang',
  'chia sẻ',
  'share',
  'tweet',
  'in bài',
  'print',
  'bình luận',
  'comments',
  'tin liên quan',
  'bài liên quan',
  'related',
  'related articles',
  'read more',
  'xem thêm',
  'đọc thêm',
  'tags',
  'tag',
  'quay lại',
  'back to top',
  'advertisement',
  'quảng cáo',
  'tin cùng chuyên mục',
  'tin khác',
  'most read',
  'đọc nhiều',
  'subscribe',
  'facebook',
  'twitter',
  'email'
])

/** Longest CHROME entry; a line whose text (edge marks aside) is longer is never furniture. */
const LONGEST_CHROME = Math.max(...[...CHROME].map((c) => c.length))
/** The marks isChrome strips from the ends of a line, besides white space. */
const EDGE_MARK = /[\s:|•·>»›<«‹]/u

/**
 * Upper bound of the length of a line's key in isChrome: the line without the marks either end strips.
 * Lower-casing never shortens a letter and never makes or removes such a mark, so a line whose bound
 * exceeds every CHROME entry is not chrome; isChrome then skips lower-casing and regexes over a whole
 * paragraph, which it is asked about for the last paragraphs of every clip.
 */
function coreLength(line: string): number {
  let start = 0
  let end = line.length
  while (end > start && EDGE_MARK.test(line[end - 1])) end--
  while (start < end && EDGE_MARK.test(line[start])) start++
  return end - start
}

export function isChrome(line: string): boolean {
  if (coreLength(line) > LONGEST_CHROME) return false
  const key = line
    .toLowerCase()
    .replace(/[\s:|•·>»›]+$/u, '')
    .replace(/^[\s|•·<«‹]+/u, '')
  return CHROME.has(key)
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length
}

function looksLikeHeading(line: string): boolean {
  return line.length <= 120 && wordCount(line) <= 16 && !TERMINAL.test(line) && !CAPTION_MARK.test(line)
}

function looksLikeCategory(line: string): boolean {
  return line.length <= 40 && wordCount(line) <= 5 && !TERMINAL.test(line) && !/\d{3,}/.test(line)
}

/**
 * Spacing that tidyLine would change inside a line: a tab, a no-break space, two spaces in a row.
 * Three substring searches are several times cheaper than one regex with an alternation.
 */
function untidy(line: string): boolean {
  return line.includes('\t') || line.includes('\u00A0') || line.includes('  ')
}

/**
 * One paragraph on one tidy line. Same result as tidyLine, but most paragraphs hold single spaces only,
 * and having tidyLine rewrite each of those spaces was about half of a text clip's extraction time.
 */
function tidyParagraph(p: string): string {
  const line = p.includes('\n') ? p.replace(/\n+/g, ' ') : p
  return untidy(line) ? tidyLine(line) : line.trim()
}

/** Splits into paragraphs: blank-line separated when the text has blank lines, else one per line. */
function paragraphsOf(text: string): string[] {
  const hasBlank = /\n[ \t]*\n/.test(text)
  const parts = hasBlank ? text.split(/\n[ \t]*\n+/) : text.split('\n')
  return parts.map(tidyParagraph).filter(Boolean)
}

/**
 * Drops furniture lines (and blank lines) from the end of the text, line by line. Only the lines it
 * looks at are cut out of the text; splitting and joining the whole clip cost more than the check.
 */
function dropTrailingChrome(text: string): string {
  let end = text.length // the text kept is text.slice(0, end)
  while (end >= 0) {
    const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0
    const line = text.slice(start, end)
    if (line.trim() && !isChrome(tidyLine(line))) return text.slice(0, end)
    end = start - 1 // without the line and the newline before it
  }
  return ''
}

export function extractTextClip(raw: string, fallbackTitle = 'Untitled'): ArticleDraft {
  const paras = paragraphsOf(dropTrailingChrome(normalizeText(raw)))
  let author: string | null = null
  let source: string | null = null
  let category: string | null = null

  // Trailing page chrome: short furniture lines after the article ends.
  while (paras.length && isChrome(paras[paras.length - 1])) paras.pop()

  // Author and source lines, wherever they are (usually at the end); they are fields, not text.
  const kept: string[] = []
  for (const p of paras) {
    const a = AUTHOR_LABEL.exec(p) ?? BY_LINE.exec(p)
    if (a && p.length <= 90 && !author) {
      author = a[1].trim()
      continue
    }
    const s = SOURCE_LINE.exec(p)
    if (s && p.length <= 130 && !source && !CAPTION_MARK.test(p)) {
      source = s[1].trim()
      continue
    }
    kept.push(p)
  }
  while (kept.length && isChrome(kept[kept.length - 1])) kept.pop()

  if (kept.length === 0) return { title: fallbackTitle, body: '', blocks: [], author, source, category }

  // Category line: a short label directly above a headline-like line.
  if (
    kept.length >= 3 &&
    looksLikeCategory(kept[0]) &&
    looksLikeHeading(kept[1]) &&
    !looksLikeHeading(kept[2])
  ) {
    category = kept.shift() as string
  }

  const first = kept[0]
  const firstIsHeadline = first.length <= 250 && !/[.!?…]$/.test(first) && !CAPTION_MARK.test(first)
  let title: string
  const pieces: { kind: BlockKind; text: string }[] = []
  if (firstIsHeadline) {
    title = kept.shift() as string
  } else {
    // No headline (a clip that starts with a caption or a sentence): name it by its first line, keep the line.
    title = first.length > 200 ? first.slice(0, first.lastIndexOf(' ', 197)) + '…' : first
  }

  let ledeDone = false
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]
    const next = kept[i + 1]
    if (CAPTION_MARK.test(p) || CAPTION_START.test(p)) {
      pieces.push({ kind: 'caption', text: p })
    } else if (ledeDone && next !== undefined && looksLikeHeading(p) && !looksLikeHeading(next)) {
      pieces.push({ kind: 'heading', text: p })
    } else if (!ledeDone && firstIsHeadline) {
      pieces.push({ kind: 'lede', text: p })
      ledeDone = true
      continue
    } else {
      pieces.push({ kind: 'paragraph', text: p })
    }
    ledeDone = true
  }
  const { body, blocks } = assembleBlocks(pieces)
  return { title, body, blocks, author, source, category }
}
