// REFI-QDA codes → Folio themes: hierarchy and colours kept; a code whose name the archive already has
// (ignoring case) is mapped onto that theme, and two codes of the file with one name are told apart.
import type { Archive } from '../archive'
import { listThemes } from '../themes/theme-store'
import type { QdaCode } from './qda-model'
import { decodeThemeDescription } from './theme-details'

export interface CodebookMerge {
  /** Code GUID → theme id. */
  themeOf: Map<string, number>
  added: number
  /** Names of codes mapped onto themes the archive already had. */
  matched: string[]
  /** "old → new" for codes renamed because the file used one name twice. */
  renamed: string[]
}

// Used when a code has no colour: distinct, readable on white, in the spirit of the default codebook.
const PALETTE = ['#2A7AB8', '#C2413B', '#3B8F4E', '#8E5AB5', '#C98A1B', '#1F8A8A', '#B5487E', '#6B6B6B']

const key = (name: string): string => name.normalize('NFC').trim().toLowerCase()

export function normalizeColor(color: string | null, index: number): string {
  const c = color?.trim() ?? ''
  if (/^#[0-9a-f]{6}$/i.test(c)) return c
  if (/^#[0-9a-f]{3}$/i.test(c)) return '#' + [...c.slice(1)].map((d) => d + d).join('')
  return PALETTE[index % PALETTE.length]
}

/** Call inside the import's transaction. */
export function mergeCodebook(archive: Archive, codes: QdaCode[]): CodebookMerge {
  const db = archive.db
  const existing = new Map(listThemes(archive).map((t) => [key(t.name), t.id]))
  const created = new Map<string, number>()
  const result: CodebookMerge = { themeOf: new Map(), added: 0, matched: [], renamed: [] }
  const nextPosition = db.prepare(
    'SELECT coalesce(max(position) + 1, 0) AS n FROM themes WHERE parent_id IS ?'
  )
  const insert = db.prepare(
    `INSERT INTO themes (name, name_vi, color, description, parent_id, position, keywords)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const visit = (code: QdaCode, parentId: number | null, parentName: string | null): void => {
    const name = code.name.normalize('NFC').replace(/\s+/g, ' ').trim() || 'Unnamed code'
    const k = key(name)
    let id = existing.get(k)
    if (id !== undefined && !created.has(k)) {
      if (!result.matched.includes(name)) result.matched.push(name)
    } else {
      let unique = name
      for (let n = 2; existing.has(key(unique)); n++) {
        unique = n === 2 && parentName ? `${name} (${parentName})` : `${name} (${n})`
      }
      if (unique !== name) result.renamed.push(`${name} → ${unique}`)
      const details = decodeThemeDescription(code.description)
      const position = (nextPosition.get(parentId) as { n: number }).n
      id = Number(
        insert.run(
          unique,
          details.nameVi,
          normalizeColor(code.color, result.added),
          details.description,
          parentId,
          position,
          JSON.stringify(details.keywords)
        ).lastInsertRowid
      )
      existing.set(key(unique), id)
      created.set(key(unique), id)
      result.added++
    }
    result.themeOf.set(code.guid, id)
    for (const child of code.children) visit(child, id, name)
  }
  for (const code of codes) visit(code, null, null)
  return result
}
