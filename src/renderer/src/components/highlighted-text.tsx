// Text with some ranges marked (search matches), built as text nodes — never as HTML.
import type { TextRange } from '../../../shared/api'

export function HighlightedText({
  text,
  ranges
}: {
  text: string
  ranges: readonly TextRange[]
}): React.JSX.Element {
  const parts: React.ReactNode[] = []
  let at = 0
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  sorted.forEach((r, i) => {
    const start = Math.max(at, r.start)
    const end = Math.min(text.length, r.end)
    if (end <= start) return
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>)
    at = end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
