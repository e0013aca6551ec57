// Corpus section "qdpx": filled in by its module. Until then it reports nothing.
import type { CorpusCheck } from './corpus-types'

export const checkQdpx: CorpusCheck | null = null
