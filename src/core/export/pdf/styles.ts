// The type scale shared by article PDFs and theme briefs: calm, readable, one family.
import type { TextStyle } from './flow'
import { INK, MUTED } from './colors'
import type { BlockKind } from '../../text/model'

export const STYLES = {
  body: { font: 'regular', size: 10.5, leading: 16, color: INK },
  lede: { font: 'semibold', size: 11, leading: 16.5, color: INK },
  heading: { font: 'semibold', size: 13, leading: 18, color: INK },
  caption: { font: 'italic', size: 9, leading: 13, color: MUTED },
  quote: { font: 'italic', size: 10.5, leading: 16, color: INK },
  title: { font: 'semibold', size: 20, leading: 26, color: INK },
  kicker: { font: 'semibold', size: 8.5, leading: 12, color: MUTED },
  meta: { font: 'regular', size: 9, leading: 13, color: MUTED },
  small: { font: 'regular', size: 8.5, leading: 12.5, color: MUTED },
  sectionTitle: { font: 'semibold', size: 15, leading: 20, color: INK },
  themeTitle: { font: 'semibold', size: 11.5, leading: 16, color: INK },
  note: { font: 'regular', size: 9.5, leading: 14, color: INK },
  noteItalic: { font: 'italic', size: 9.5, leading: 14, color: INK },
  frame: { font: 'regular', size: 7.5, leading: 10, color: MUTED }
} satisfies Record<string, TextStyle>

/** Style, space before and space after for each kind of article block. */
export function blockStyle(kind: BlockKind): {
  style: TextStyle
  before: number
  after: number
  indent: number
} {
  switch (kind) {
    case 'heading':
      return { style: STYLES.heading, before: 12, after: 4, indent: 0 }
    case 'lede':
      return { style: STYLES.lede, before: 0, after: 10, indent: 0 }
    case 'caption':
      return { style: STYLES.caption, before: 2, after: 10, indent: 10 }
    case 'quote':
      return { style: STYLES.quote, before: 2, after: 8, indent: 18 }
    case 'list-item':
      return { style: STYLES.body, before: 0, after: 4, indent: 14 }
    default:
      return { style: STYLES.body, before: 0, after: 7, indent: 0 }
  }
}
