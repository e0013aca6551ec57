// Corpus section "search": filled in by its module. Until then it reports nothing.
import type { CorpusCheck } from './corpus-types'

export const checkSearch: CorpusCheck | null = null
