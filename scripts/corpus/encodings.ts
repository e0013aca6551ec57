// Corpus section "encodings": filled in by its module. Until then it reports nothing.
import type { CorpusCheck } from './corpus-types'

export const checkEncodings: CorpusCheck | null = null
