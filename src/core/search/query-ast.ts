// The parsed form of a person's query. FTS5 syntax and JavaScript matchers are both emitted from this.

/** One or more consecutive words (several words make a phrase). */
export interface QueryTerm {
  /** NFC, lower case, each a run of letters/digits/marks (what the FTS5 tokenizer calls a token). */
  words: string[]
  /** The last word is a prefix (`hợp tá*`). */
  prefix: boolean
}

/** Satisfied when any of its terms matches (`a OR b`); a plain word is a clause of one term. */
export interface QueryClause {
  anyOf: QueryTerm[]
}

export interface ParsedQuery {
  /** Every clause must match. */
  all: QueryClause[]
  /** No term here may match (`-word`). */
  none: QueryTerm[]
}

/** Human-readable form, for messages and the CLI: `"hợp tác" OR dang* -hộp`. */
export function describeQuery(q: ParsedQuery): string {
  const term = (t: QueryTerm): string => {
    const w = t.words.join(' ')
    const quoted = t.words.length > 1 ? `"${w}"` : w
    return t.prefix ? `${quoted}*` : quoted
  }
  return [...q.all.map((c) => c.anyOf.map(term).join(' OR ')), ...q.none.map((t) => `-${term(t)}`)].join(' ')
}
