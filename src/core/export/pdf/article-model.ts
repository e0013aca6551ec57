// An article ready to draw: its blocks, and its passages numbered in reading order with colours.
import type { ExportArticle, ExportPassage, ExportTheme } from '../brief-data'
import type { Block } from '../../text/model'
import { assignTracks } from './passage-shading'
import { themeLabel } from '../labels'

export const UNTAGGED_COLOR = '#7A8290'

export interface NumberedPassage extends ExportPassage {
  /** 1-based, in order of position in the text; the margin marker and endnote number. */
  n: number
  themes: ExportTheme[]
  color: string
  track: number
}

export function numberPassages(passages: ExportPassage[], themes: ExportTheme[]): NumberedPassage[] {
  const byId = new Map(themes.map((t) => [t.id, t]))
  const sorted = [...passages].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id)
  const anchored = assignTracks(sorted.filter((p) => p.status === 'anchored'))
  const track = new Map(anchored.map((p) => [p.id, p.track]))
  return sorted.map((p, i) => {
    const pt = p.themeIds.map((id) => byId.get(id)).filter((t): t is ExportTheme => Boolean(t))
    return { ...p, n: i + 1, themes: pt, color: pt[0]?.color ?? UNTAGGED_COLOR, track: track.get(p.id) ?? 0 }
  })
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
  return [names, p.note.trim()].filter(Boolean).join('\n\n')
}
