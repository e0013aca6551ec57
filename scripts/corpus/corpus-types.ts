// The shape each corpus check reports: import counts for its folder and named expectations.
export interface CorpusExpectation {
  name: string
  ok: boolean
  detail: string
}

export interface CorpusSection {
  name: string
  files: number
  imported: number
  duplicates: number
  refused: number
  failed: number
  /** Titles compared with the reference, and how many matched. */
  titlesMatched: number
  titlesTotal: number
  expectations: CorpusExpectation[]
}

export interface CorpusContext {
  corpusDir: string
  /** A fresh temporary folder for this section's archive. */
  tempDir: string
}

export type CorpusCheck = (ctx: CorpusContext) => Promise<CorpusSection>
