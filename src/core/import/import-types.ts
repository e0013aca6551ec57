// Shared shapes of the import pipeline: outcomes, options, progress.
export type ImportOutcomeKind = 'imported' | 'duplicate' | 'refused' | 'failed'

export interface ImportOutcome {
  /** The file path or URL as given. */
  file: string
  outcome: ImportOutcomeKind
  /** One plain line: why it was refused/failed, or what it was a duplicate of. */
  message: string
  articleId: number | null
  title?: string
}

export interface ImportProgress {
  done: number
  total: number
  current: string
}

export interface ImportOptions {
  /** Force a text encoding instead of detecting one (iconv-lite names, plus 'tcvn3' and 'vni'). */
  encoding?: string
  /** Files larger than this are refused. Default 20 MB. */
  maxBytes?: number
  onProgress?: (p: ImportProgress) => void
  signal?: AbortSignal
  /** Replace this article's text with the imported one (one source only), re-anchoring its passages. */
  replaceArticleId?: number
  /**
   * Bulk imports: commit every N articles instead of after each (default 1). Still crash-safe: each
   * article sits in its own savepoint inside the transaction, so it is whole or absent.
   */
  articlesPerTransaction?: number
  /** Download time limit for links, in milliseconds. */
  timeoutMs?: number
}

export interface BatchResult {
  batchId: string
  outcomes: ImportOutcome[]
  cancelled: boolean
  counts: Record<ImportOutcomeKind, number>
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/** A refusal that is the input's fault (not Folio's): becomes outcome 'refused' with this message. */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRefusal'
  }
}
