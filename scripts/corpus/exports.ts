// Corpus section "exports": filled in by its module. Until then it reports nothing.
import type { CorpusCheck } from './corpus-types'

export const checkExports: CorpusCheck | null = null
