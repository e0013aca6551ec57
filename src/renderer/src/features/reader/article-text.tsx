// The article as React text nodes (never HTML): blocks as headings/paragraphs/captions, passages as
// spans cut at every edge. Each span carries data-start/data-end so a selection maps back to offsets.
import { memo, useMemo } from 'react'
import type { Block, Passage, Theme } from '../../../../shared/api'
import { segmentArticle, type RangeLike } from './text-segments'
import { highlightStyle, segmentColors } from './highlight-style'

/** Marks that are not passages: the search landing, find matches, the range being tagged. */
export interface TextMark {
  start: number
  end: number
  kind: 'landing' | 'find' | 'find-current' | 'pending'
}

const MARK_ID_BASE = -1

function blockTag(kind: string, level?: number): keyof React.JSX.IntrinsicElements {
  if (kind === 'heading') return level && level >= 3 ? 'h4' : 'h3'
  if (kind === 'quote') return 'blockquote'
  return 'p'
}

export const ArticleText = memo(function ArticleText(props: {
  body: string
  blocks: Block[]
  passages: Passage[]
  themes: Theme[]
  marks: TextMark[]
  activePassageId: number | null
}): React.JSX.Element {
  const { body, blocks, passages, themes, marks, activePassageId } = props
  const byId = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages])
  const segmented = useMemo(() => {
    const ranges: RangeLike[] = [
      ...passages.map((p) => ({ id: p.id, start: p.start, end: p.end })),
      ...marks.map((m, i) => ({ id: MARK_ID_BASE - i, start: m.start, end: m.end }))
    ]
    return segmentArticle(body, blocks, ranges)
  }, [body, blocks, passages, marks])

  return (
    <>
      {segmented.map(({ block, segments }) => {
        const Tag = blockTag(block.kind, block.level)
        return (
          <Tag key={block.start} className={`blk blk-${block.kind}`}>
            {segments.map((seg) => {
              const passageIds = seg.ids.filter((id) => id > 0)
              const markKinds = seg.ids.filter((id) => id < 0).map((id) => marks[MARK_ID_BASE - id]?.kind)
              const colors = segmentColors(passageIds, byId, themes)
              const cls = [
                passageIds.length ? 'hl' : '',
                passageIds.length > 1 ? 'hl-overlap' : '',
                activePassageId != null && passageIds.includes(activePassageId) ? 'hl-active' : '',
                ...markKinds.map((k) => `mk-${k}`)
              ]
                .filter(Boolean)
                .join(' ')
              return (
                <span
                  key={seg.start}
                  data-start={seg.start}
                  data-end={seg.end}
                  data-passages={passageIds.length ? passageIds.join(' ') : undefined}
                  className={cls || undefined}
                  style={highlightStyle(colors)}
                >
                  {body.slice(seg.start, seg.end)}
                </span>
              )
            })}
          </Tag>
        )
      })}
    </>
  )
})
