// The codebook as nested REFI-QDA Code elements (shared by the project and the codebook export).
import type { Theme } from '../themes/theme-store'
import { encodeThemeDescription } from './theme-details'
import { el, type XmlNode } from './xml-writer'

const RGB = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i

/** Themes in codebook order: each parent's children by position, then id. Cycles are broken at the root. */
export function themeTree(themes: Theme[]): { roots: Theme[]; children: Map<number, Theme[]> } {
  const byId = new Map(themes.map((t) => [t.id, t]))
  const children = new Map<number, Theme[]>()
  const roots: Theme[] = []
  for (const t of themes) {
    if (t.parentId !== null && byId.has(t.parentId) && !inCycle(t, byId)) {
      const list = children.get(t.parentId) ?? []
      list.push(t)
      children.set(t.parentId, list)
    } else roots.push(t)
  }
  const order = (a: Theme, b: Theme): number => a.position - b.position || a.id - b.id
  roots.sort(order)
  for (const list of children.values()) list.sort(order)
  return { roots, children }
}

function inCycle(t: Theme, byId: Map<number, Theme>): boolean {
  const seen = new Set<number>([t.id])
  let p = t.parentId
  while (p !== null) {
    if (seen.has(p)) return true
    seen.add(p)
    p = byId.get(p)?.parentId ?? null
  }
  return false
}

export interface CodeXmlOptions {
  guid: (themeId: number) => string
  /** NoteRef targets per theme (project export only: the codebook format has no notes). */
  noteRefs?: (themeId: number) => string[]
}

export function codeElements(themes: Theme[], options: CodeXmlOptions): XmlNode[] {
  const { roots, children } = themeTree(themes)
  const code = (t: Theme): XmlNode => {
    const description = encodeThemeDescription({
      description: t.description,
      nameVi: t.nameVi,
      keywords: t.keywords
    })
    return el(
      'Code',
      { guid: options.guid(t.id), name: t.name, isCodable: true, color: RGB.test(t.color) ? t.color : null },
      [
        ...(description ? [el('Description', {}, description)] : []),
        ...(options.noteRefs?.(t.id) ?? []).map((g) => el('NoteRef', { targetGUID: g })),
        ...(children.get(t.id) ?? []).map(code)
      ]
    )
  }
  return roots.map(code)
}
