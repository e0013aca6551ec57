// HTML page → ArticleDraft: decode (BOM, declared charset, detection), guard, parse once with linkedom,
// read the page's own metadata, drop chrome, let Readability find the article, walk it into blocks.
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { assembleBlocks, type ArticleDraft } from '../text/model'
import { decodeText } from './decode-text'
import { assertArticle, contentStats, type ContentElement } from './html-article-check'
import { htmlToPieces, type DomNode } from './html-blocks'
import { declaredHtmlCharset } from './html-charset'
import { removeChrome, type ChromeDocument } from './html-chrome'
import { checkHtmlDepth } from './html-depth'
import { isoDate, readPageMeta, type MetaDocument } from './html-metadata'
import { ImportRefusal } from './import-types'
import { findLede, type LedeDocument } from './html-lede'

export interface HtmlInput {
  /** Forced encoding (--encoding). */
  encoding?: string
  /** Charset from the HTTP Content-Type header, which outranks the page's own meta tag. */
  httpCharset?: string | null
  /** Where the page was fetched from. */
  url?: string | null
}

export interface HtmlArticle {
  draft: ArticleDraft
  encoding: string
}

export function extractHtml(bytes: Uint8Array, input: HtmlInput = {}): HtmlArticle {
  const declared = input.httpCharset ?? declaredHtmlCharset(bytes)
  const { text, encoding } = decodeText(bytes, input.encoding, { declared })
  if (!/<[a-z!]/i.test(text)) throw new ImportRefusal('This is not an HTML page (no markup found).')
  checkHtmlDepth(text)
  const { document } = parseHTML(text)
  const meta = readPageMeta(document as unknown as MetaDocument)
  const lede = findLede(document as unknown as LedeDocument)
  let result: ReturnType<Readability<unknown>['parse']>
  try {
    result = new Readability<unknown>(document as unknown as Document, { serializer: (n) => n }).parse()
  } catch {
    result = null
  }
  const content = result?.content as (DomNode & ContentElement) | null | undefined
  if (!result || !content) throw new ImportRefusal('No article text was found in the page.')
  // Chrome is cut from Readability's result, not the page: cutting first changes which container it picks.
  removeChrome(content as unknown as ChromeDocument)
  const pieces = htmlToPieces(content)
  assertArticle(contentStats(content, pieces), meta.declaresArticle)
  const title =
    clean(result.title) ?? meta.title ?? pieces.find((p) => p.kind === 'heading')?.text ?? 'Untitled page'
  // A heading that repeats the title is the page's headline, already a field.
  if (pieces[0]?.kind === 'heading' && pieces[0].text === title) pieces.shift()
  if (lede && !pieces.some((p) => p.text.includes(lede.slice(0, 40))))
    pieces.unshift({ kind: 'lede', text: lede })
  const { body, blocks } = assembleBlocks(pieces)
  return {
    encoding,
    draft: {
      title,
      body,
      blocks,
      author: meta.author ?? clean(result.byline),
      source: meta.source ?? clean(result.siteName) ?? hostOf(input.url),
      publishedAt: meta.publishedAt ?? isoDate(clean(result.publishedTime)),
      category: meta.category,
      url: meta.url ?? input.url ?? null,
      language: meta.language ?? clean(result.lang)
    }
  }
}

function clean(s: string | null | undefined): string | null {
  const v = s?.replace(/\s+/g, ' ').trim()
  return v ? v : null
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}
