// A passage's selectors in the Web Annotation style: a position and a quote with its context.

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 32

export interface PositionSelector {
  start: number
  end: number
}

export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

export type PassageSelector = PositionSelector & QuoteSelector

/** The selectors for `body.slice(start, end)`. The range must already be valid. */
export function selectorFor(body: string, start: number, end: number): PassageSelector {
  return {
    start,
    end,
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS)
  }
}
