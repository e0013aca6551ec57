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
export type SyncExtractor = (bytes: Uint8Array, ctx: ExtractContext) => Extracted

export type ArticleFormat = Exclude<SourceFormat, 'qdpx' | 'qdc'>

/** Formats read without awaiting anything, so a bulk import can extract them inside its transaction. */
export type SyncFormat = Exclude<ArticleFormat, 'docx'>

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
}

export const SYNC_EXTRACTORS: Record<SyncFormat, SyncExtractor> = {
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
  }
}

export const EXTRACTORS: Record<ArticleFormat, Extractor> = {
  ...SYNC_EXTRACTORS,
  async docx(bytes, ctx) {
    return { draft: await extractDocx(bytes, baseName(ctx.fileName)), encoding: null }
  }
}

export function isSyncFormat(format: ArticleFormat): format is SyncFormat {
  return format in SYNC_EXTRACTORS
}
