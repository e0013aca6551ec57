// Reading the codebook.
import type { Archive } from '../archive'

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

interface ThemeRow {
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

export function listThemes(archive: Archive): Theme[] {
  return (archive.db.prepare('SELECT * FROM themes ORDER BY position, id').all() as ThemeRow[]).map(toTheme)
}
