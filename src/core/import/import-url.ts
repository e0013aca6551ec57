// A link → an article: download the page (time limit, size cap, one clear line per failure), check it is
// HTML, then import it like a saved page with its URL kept.
import { randomUUID } from 'node:crypto'
import type { Archive } from '../archive'
import { fetchPage, parseHttpUrl, type FetchOptions } from '../fetch/fetch-page'
import { bytesHash } from '../text/content-hash'
import { charsetOfContentType } from './html-charset'
import { extractArticle, refusedOrFailed } from './prepare-file'
import { DEFAULT_MAX_BYTES, ImportRefusal, type ImportOptions, type ImportOutcome } from './import-types'
import { recordBestEffort, storeDraft } from './store-draft'

export function isLink(source: string): boolean {
  return /^https?:\/\//i.test(source)
}

export interface UrlImportOptions extends ImportOptions, Pick<FetchOptions, 'timeoutMs' | 'lookup'> {
  /** Log into this batch (a new one when absent). */
  batchId?: string
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i

function nameFromUrl(u: URL): string {
  const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '')
  return last || u.hostname
}

export async function importUrl(
  archive: Archive,
  url: string,
  options: UrlImportOptions = {}
): Promise<ImportOutcome> {
  const batchId = options.batchId ?? randomUUID()
  let outcome: ImportOutcome
  try {
    const u = parseHttpUrl(url)
    const page = await fetchPage(u.toString(), {
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      signal: options.signal,
      lookup: options.lookup
    })
    const type = page.contentType?.split(';')[0].trim() ?? ''
    if (type && !HTML_TYPES.test(type))
      throw new ImportRefusal(`The link is not a web page (the server sent ${type}).`)
    if (page.bytes.length === 0) throw new ImportRefusal('The server sent an empty page.')
    const { draft, encoding } = await extractArticle('html', page.bytes, {
      fileName: nameFromUrl(new URL(page.url)),
      encoding: options.encoding,
      url: page.url,
      httpCharset: charsetOfContentType(page.contentType)
    })
    return storeDraft(
      archive,
      batchId,
      url,
      { ...draft, url: page.url },
      {
        originalName: nameFromUrl(new URL(page.url)),
        originalFormat: 'html',
        encoding,
        url: page.url,
        originalHash: bytesHash(page.bytes)
      },
      { replaceArticleId: options.replaceArticleId }
    )
  } catch (e) {
    outcome = refusedOrFailed(url, e)
  }
  recordBestEffort(archive, batchId, outcome)
  return outcome
}
