// The corpus checks, in the order the table prints them. Each lives in its own file.
import type { CorpusCheck } from './corpus-types'
import { checkViNews } from './vi-news'

export const SECTIONS: CorpusCheck[] = [checkViNews]
