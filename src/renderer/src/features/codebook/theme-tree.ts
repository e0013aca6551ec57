// Orders the codebook as a tree (parents before children, siblings by position) for display.
import type { Theme } from '../../../../shared/api'

export interface ThemeNode {
  theme: Theme
  depth: number
}

export function flattenTree(themes: readonly Theme[]): ThemeNode[] {
  const byParent = new Map<number | null, Theme[]>()
  const ids = new Set(themes.map((t) => t.id))
  for (const t of themes) {
    const key = t.parentId != null && ids.has(t.parentId) ? t.parentId : null
    byParent.set(key, [...(byParent.get(key) ?? []), t])
  }
  const out: ThemeNode[] = []
  const walk = (parent: number | null, depth: number): void => {
    const kids = (byParent.get(parent) ?? []).sort((a, b) => a.position - b.position || a.id - b.id)
    for (const k of kids) {
      out.push({ theme: k, depth })
      walk(k.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** The sibling order after moving `id` to where `targetId` is (or by `delta` places). */
export function moveAmongSiblings(
  siblings: readonly number[],
  id: number,
  to: { targetId: number } | { delta: number }
): number[] {
  const from = siblings.indexOf(id)
  if (from < 0) return [...siblings]
  const rest = siblings.filter((x) => x !== id)
  let at = 'targetId' in to ? siblings.indexOf(to.targetId) : from + to.delta
  at = Math.max(0, Math.min(rest.length, at))
  rest.splice(at, 0, id)
  return rest
}
