// How a run of text looks under the passages covering it: one translucent layer and one underline per
// theme, so two themes on the same words stay visibly two.
import type { Passage, Theme } from '../../../../shared/api'
import { withAlpha } from '../../lib/format'

export function segmentColors(
  ids: readonly number[],
  passages: ReadonlyMap<number, Passage>,
  themes: readonly Theme[]
): string[] {
  const colors: string[] = []
  for (const id of ids) {
    const p = passages.get(id)
    if (!p) continue
    for (const tid of p.themeIds) {
      const c = themes.find((t) => t.id === tid)?.color ?? '#888888'
      if (!colors.includes(c)) colors.push(c)
    }
    if (p.themeIds.length === 0 && !colors.includes('#888888')) colors.push('#888888')
  }
  return colors
}

export function highlightStyle(colors: readonly string[]): React.CSSProperties | undefined {
  if (colors.length === 0) return undefined
  const layers = colors.slice(0, 4).map((c) => `linear-gradient(${withAlpha(c, 0.2)}, ${withAlpha(c, 0.2)})`)
  const lines = colors.slice(0, 4).map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c}`)
  return { backgroundImage: layers.join(', '), boxShadow: lines.join(', ') }
}
