// Format → extractor. Each turns the original bytes into an ArticleDraft (or throws ImportRefusal).
import type { ArticleDraft } from '../text/model'
import type { SourceFormat } from './detect-format'
import { decodeText } from './decode-text'
import { extractTextClip } from './text-clip'
import { ImportRefusal } from './import-types'

export interface ExtractContext {
  fileName: string
  encoding?: string
  url?: string
}

export interface Extracted {
  draft: ArticleDraft
  encoding: string | null
}

export type Extractor = (bytes: Uint8Array, ctx: ExtractContext) => Extracted | Promise<Extracted>

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
}

const extractText: Extractor = (bytes, ctx) => {
  const { text, encoding } = decodeText(bytes, ctx.encoding)
  return { draft: extractTextClip(text, baseName(ctx.fileName)), encoding }
}

const notYet =
  (what: string): Extractor =>
  () => {
    throw new ImportRefusal(`${what} files cannot be imported by this version of Folio.`)
  }

export const EXTRACTORS: Record<SourceFormat, Extractor> = {
  text: extractText,
  html: notYet('HTML'),
  markdown: notYet('Markdown'),
  docx: notYet('Word'),
  qdpx: notYet('REFI-QDA project'),
  qdc: notYet('REFI-QDA codebook')
}
