// Corpus section "html": filled in by its module. Until then it reports nothing.
import type { CorpusCheck } from './corpus-types'

export const checkHtml: CorpusCheck | null = null
