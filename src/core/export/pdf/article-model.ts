// An article ready to draw: its blocks, and its passages numbered in reading order with colours.
import type { ExportArticle, ExportPassage, ExportTheme } from '../brief-data'
import type { Block } from '../../text/model'
import { assignTracks } from './passage-shading'
import { themeLabel } from '../labels'
import { lineText, paragraphText } from './text-hygiene'

export const UNTAGGED_COLOR = '#7A8290'

export interface NumberedPassage extends ExportPassage {
  /**
   * 1-based: anchored passages in order of position in the text, then orphans (their text is no
   * longer in the article, so they have no margin marker); the margin marker and endnote number.
   */
  n: number
  /** Its themes, names cleaned for drawing (they also name the highlight's /Subj). */
  themes: ExportTheme[]
  color: string
  track: number
}

export function numberPassages(passages: ExportPassage[], themes: ExportTheme[]): NumberedPassage[] {
  const byId = new Map(themes.map((t) => [t.id, drawableTheme(t)]))
  const byPosition = (a: ExportPassage, b: ExportPassage): number =>
    a.start - b.start || a.end - b.end || a.id - b.id
  // An orphan keeps its last known offsets; numbered among the anchored ones it left a gap in the
  // margin's sequence, so orphans come after them.
  const sorted = [
    ...passages.filter((p) => p.status === 'anchored').sort(byPosition),
    ...passages.filter((p) => p.status !== 'anchored').sort(byPosition)
  ]
  const anchored = assignTracks(sorted.filter((p) => p.status === 'anchored'))
  const track = new Map(anchored.map((p) => [p.id, p.track]))
  return sorted.map((p, i) => {
    const pt = p.themeIds.map((id) => byId.get(id)).filter((t): t is ExportTheme => Boolean(t))
    return { ...p, n: i + 1, themes: pt, color: pt[0]?.color ?? UNTAGGED_COLOR, track: track.get(p.id) ?? 0 }
  })
}

function drawableTheme(t: ExportTheme): ExportTheme {
  return { ...t, name: lineText(t.name), nameVi: t.nameVi === null ? null : lineText(t.nameVi) }
}

/** The article's blocks, or paragraphs split at blank lines when it has none. */
export function articleBlocks(article: ExportArticle): Block[] {
  const valid = article.blocks.filter((b) => b.start >= 0 && b.end <= article.body.length && b.end > b.start)
  if (valid.length) return [...valid].sort((a, b) => a.start - b.start)
  const blocks: Block[] = []
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  for (let m = re.exec(article.body); m; m = re.exec(article.body)) {
    const lead = m[0].length - m[0].trimStart().length
    const text = m[0].trim()
    if (text) blocks.push({ kind: 'paragraph', start: m.index + lead, end: m.index + lead + text.length })
  }
  return blocks
}

/** "Regional links, Foreign affairs" + the note: what a reader's comments pane shows. */
export function annotationContents(p: NumberedPassage, language: 'vi' | 'en'): string {
  const names = p.themes.map((t) => themeLabel(t, language)).join(', ')
  // Cleaned like the drawn note: control bytes would show as boxes in a reader's comments pane.
  return [names, paragraphText(p.note).trim()].filter(Boolean).join('\n\n')
}
