// Format → extractor. Each turns the original bytes into an ArticleDraft (or throws ImportRefusal).
import type { ArticleDraft } from '../text/model'
import type { SourceFormat } from './detect-format'
import { decodeText } from './decode-text'
import { extractDocx } from './docx'
import { extractHtml } from './html-extract'
import { extractMarkdown } from './markdown'
import { extractTextClip } from './text-clip'

export interface ExtractContext {
  fileName: string
  encoding?: string
  url?: string
  /** Charset from an HTTP header, for pages fetched from a link. */
  httpCharset?: string | null
}

export interface Extracted {
  draft: ArticleDraft
  encoding: string | null
}

export type Extractor = (bytes: Uint8Array, ctx: ExtractContext) => Extracted | Promise<Extracted>

export type ArticleFormat = Exclude<SourceFormat, 'qdpx' | 'qdc'>

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
}

export const EXTRACTORS: Record<ArticleFormat, Extractor> = {
  text(bytes, ctx) {
    const { text, encoding } = decodeText(bytes, ctx.encoding)
    return { draft: extractTextClip(text, baseName(ctx.fileName)), encoding }
  },
  markdown(bytes, ctx) {
    const { text, encoding } = decodeText(bytes, ctx.encoding)
    return { draft: extractMarkdown(text, baseName(ctx.fileName)), encoding }
  },
  html(bytes, ctx) {
    return extractHtml(bytes, { encoding: ctx.encoding, httpCharset: ctx.httpCharset, url: ctx.url })
  },
  async docx(bytes, ctx) {
    return { draft: await extractDocx(bytes, baseName(ctx.fileName)), encoding: null }
  }
}
