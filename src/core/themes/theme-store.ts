// Reading the codebook: list, fetch, find a theme by what a person types, walk the hierarchy.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { looseKey } from '../text/fold-vietnamese'

export interface Theme {
  id: number
  name: string
  nameVi: string | null
  color: string
  description: string
  parentId: number | null
  position: number
  keywords: string[]
}

export interface ThemeRow {
  id: number
  name: string
  name_vi: string | null
  color: string
  description: string
  parent_id: number | null
  position: number
  keywords: string
}

export function toTheme(r: ThemeRow): Theme {
  return {
    id: r.id,
    name: r.name,
    nameVi: r.name_vi,
    color: r.color,
    description: r.description,
    parentId: r.parent_id,
    position: r.position,
    keywords: JSON.parse(r.keywords) as string[]
  }
}

/** Every theme, parents before their children's siblings order: by position, then id. */
export function listThemes(archive: Archive): Theme[] {
  return (archive.db.prepare('SELECT * FROM themes ORDER BY position, id').all() as ThemeRow[]).map(toTheme)
}

export function getTheme(archive: Archive, id: number): Theme {
  const row = archive.db.prepare('SELECT * FROM themes WHERE id = ?').get(id) as ThemeRow | undefined
  if (!row) throw new FolioError('not-found', `There is no theme ${id}.`)
  return toTheme(row)
}

/** "Foreign affairs / Đối ngoại" */
export function themeLabel(t: Pick<Theme, 'name' | 'nameVi'>): string {
  return t.nameVi && t.nameVi !== t.name ? `${t.name} / ${t.nameVi}` : t.name
}

/**
 * Finds a theme by id, English name or Vietnamese name, ignoring case and diacritics
 * ("doi ngoai", "Đối ngoại" and "2" all find Foreign affairs when 2 is its id).
 */
export function resolveTheme(archive: Archive, ref: string | number): Theme {
  const themes = listThemes(archive)
  const text = String(ref).trim()
  if (/^\d+$/.test(text)) {
    const byId = themes.find((t) => t.id === Number(text))
    if (byId) return byId
  }
  const key = looseKey(text)
  const hits = themes.filter(
    (t) => looseKey(t.name) === key || (t.nameVi !== null && looseKey(t.nameVi) === key)
  )
  if (hits.length === 1) return hits[0]
  if (hits.length > 1) {
    throw new FolioError(
      'invalid-input',
      `"${text}" could mean ${hits.map((t) => `${t.id} (${themeLabel(t)})`).join(' or ')}; give the theme's id.`
    )
  }
  const known = themes.map((t) => themeLabel(t)).join('; ')
  throw new FolioError('not-found', `There is no theme "${text}". The themes are: ${known || 'none yet'}.`)
}

/** The ids of a theme's sub-themes at every depth (not the theme itself). */
export function descendantIds(archive: Archive, id: number): number[] {
  const rows = archive.db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM themes WHERE parent_id = ?
         UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
       SELECT id FROM sub`
    )
    .all(id) as { id: number }[]
  return rows.map((r) => r.id)
}

/** How many passages carry this theme. */
export function themePassageCount(archive: Archive, id: number): number {
  return (
    archive.db.prepare('SELECT count(*) AS n FROM passage_themes WHERE theme_id = ?').get(id) as { n: number }
  ).n
}

/** The codebook as a tree, for pickers and the dashboard. */
export interface ThemeNode extends Theme {
  children: ThemeNode[]
}

export function themeTree(archive: Archive): ThemeNode[] {
  const nodes = new Map<number, ThemeNode>()
  const themes = listThemes(archive)
  for (const t of themes) nodes.set(t.id, { ...t, children: [] })
  const roots: ThemeNode[] = []
  for (const t of themes) {
    const node = nodes.get(t.id) as ThemeNode
    const parent = t.parentId === null ? undefined : nodes.get(t.parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
