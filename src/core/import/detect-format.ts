// Which extractor reads a file: by extension first, then by a look at the bytes.
import { extname } from 'node:path'
import { ImportRefusal } from './import-types'

export type SourceFormat = 'text' | 'html' | 'markdown' | 'docx' | 'qdpx' | 'qdc'

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.qdpx': 'qdpx',
  '.qdc': 'qdc'
}

/** Files that are data or code, not articles: refused rather than imported as a wall of text. */
const NOT_ARTICLES = new Set([
  '.tsv',
  '.csv',
  '.json',
  '.xml',
  '.js',
  '.ts',
  '.css',
  '.sqlite',
  '.db',
  '.zip',
  '.exe',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.pdf'
])

export function detectFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  const ext = extname(fileName).toLowerCase()
  if (NOT_ARTICLES.has(ext)) throw new ImportRefusal(`Not an article file (${ext} files are not imported).`)
  const byExt = BY_EXTENSION[ext]
  if (byExt) return byExt
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body)[\s>]/.test(head))
    return 'html'
  return 'text'
}
