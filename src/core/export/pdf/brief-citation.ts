// The grey line under each quoted passage in a brief: "— title · source · date". Under every quote
// a 700-character title made each citation about ten lines, so there the title and source are
// shortened with "…"; the index of articles cited gives them in full.
import type { ExportArticle } from '../brief-data'
import { formatDate, type Labels, type LabelLanguage } from '../labels'
import { clampLines } from './clamp-lines'
import { fitWords } from './fit-line'
import type { Measure } from './text-layout'
import { lineText } from './text-hygiene'

const SEPARATOR = ' · '
/** A citation wraps to at most this many lines. */
const MAX_LINES = 2
/** The source's share of a line when it is long (a portal's full name). */
const SOURCE_SHARE = 0.5
/** The least of a line the title keeps, however long the rest is. */
const TITLE_MIN_SHARE = 0.4
/** Line width lost where words wrap, kept free so the parts that fit by width fit in two lines. */
const WRAP_SLACK = 0.3

interface CitationParts {
  title: string
  source: string
  date: string
}

function parts(article: ExportArticle, language: LabelLanguage, labels: Labels): CitationParts {
  return {
    title: lineText(article.title),
    source: lineText(article.source ?? '') || labels.untitledSource,
    date: formatDate(article.publishedAt, language) ?? labels.undated
  }
}

/** The full citation, title and source whole. */
export function citation(
  article: ExportArticle | undefined,
  language: LabelLanguage,
  labels: Labels
): string {
  if (!article) return ''
  const p = parts(article, language, labels)
  return [p.title, p.source, p.date].join(SEPARATOR)
}

/**
 * "— title · source · date" and `suffix`, in at most two lines of `width`: the source cut to half a
 * line, the title to what the rest leaves (and never more than one line).
 */
export function fittedCitation(
  article: ExportArticle | undefined,
  language: LabelLanguage,
  labels: Labels,
  suffix: string,
  width: number,
  measure: Measure
): string {
  if (!article) return `—${suffix}`
  const p = parts(article, language, labels)
  const rest = `${SEPARATOR}${fitWords(p.source, width * SOURCE_SHARE, measure)}${SEPARATOR}${p.date}${suffix}`
  const titleRoom = Math.min(
    width,
    Math.max(width * TITLE_MIN_SHARE, (MAX_LINES - WRAP_SLACK) * width - measure(`— ${rest}`))
  )
  const text = `— ${fitWords(p.title, titleRoom, measure)}${rest}`
  return clampLines(text, MAX_LINES, width, measure)
}
