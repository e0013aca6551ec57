// The corpus checks, in the order the table prints them. Each lives in its own file.
import type { CorpusCheck } from './corpus-types'
import { checkViNews } from './vi-news'
import { checkHtml } from './html'
import { checkEncodings } from './encodings'
import { checkSearch } from './search'
import { checkExports } from './exports'
import { checkQdpx } from './qdpx'

export const SECTIONS: CorpusCheck[] = [checkViNews, checkHtml, checkEncodings, checkSearch, checkExports, checkQdpx].filter(
  (c): c is CorpusCheck => c !== null
)
