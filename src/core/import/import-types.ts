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
   * Bulk imports store many articles per transaction, each whole with its log line; at most this many
   * (default 500; 1 = one transaction per article, as a single import does).
   */
  articlesPerTransaction?: number
  /**
   * Bulk imports commit at least this often, in milliseconds (default 40), and then let the event loop
   * run, so a UI stays responsive and a Cancel is served within about this long.
   */
  commitEveryMs?: number
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
