// A cheap guard before parsing: pages nested thousands of levels deep are hostile input (the parser and
// Readability slow to a crawl on them), and no article needs more than a few hundred levels.
import { ImportRefusal } from './import-types'

/** Tags that close themselves or may be left open: not counted, so sloppy real pages never trip. */
const UNCOUNTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
  '!doctype'
])

export const MAX_HTML_DEPTH = 1000

export function checkHtmlDepth(html: string, max = MAX_HTML_DEPTH): void {
  const tag = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g
  let depth = 0
  let m: RegExpExecArray | null
  while ((m = tag.exec(html))) {
    const name = m[2].toLowerCase()
    if (UNCOUNTED.has(name) || m[3]) continue
    if (name === 'script' || name === 'style') {
      const end = html.indexOf(`</${name}`, tag.lastIndex)
      if (end < 0) break
      tag.lastIndex = end
      continue
    }
    if (m[1]) depth = Math.max(0, depth - 1)
    else if (++depth > max) {
      throw new ImportRefusal(
        `The page is nested more than ${max} levels deep; it is not a readable article.`
      )
    }
  }
}
