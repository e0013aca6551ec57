// Editing the codebook: create, rename (both names), recolour, describe, keywords, reorder and nest.
import type { Archive } from '../archive'
import { inTransaction } from '../db/connection'
import { FolioError } from '../errors'
import { looseKey } from '../text/fold-vietnamese'
import { assertUsableColor, nextThemeColor, parseColor } from './theme-colors'
import { descendantIds, getTheme, listThemes, themeLabel, type Theme } from './theme-store'

export interface NewTheme {
  name: string
  nameVi?: string | null
  /** #RRGGBB; omitted → the palette colour farthest from those in use. */
  color?: string
  description?: string
  parentId?: number | null
  keywords?: string[]
}

export interface ThemePatch {
  name?: string
  /** null or '' clears the Vietnamese name. */
  nameVi?: string | null
  color?: string
  description?: string
  keywords?: string[]
}

const MAX_NAME = 80

function cleanName(value: string, what: string): string {
  const v = value.normalize('NFC').replace(/\s+/g, ' ').trim()
  // Invisible characters alone (zero-width spaces, direction marks, controls) make no name.
  if (!v.replace(/[\p{Cc}\p{Cf}\s]/gu, ''))
    throw new FolioError('invalid-input', `A theme's ${what} cannot be empty.`)
  if (v.length > MAX_NAME)
    throw new FolioError('invalid-input', `A theme's ${what} is limited to ${MAX_NAME} characters.`)
  return v
}

/** Refuses a name that another theme already uses (in either language, ignoring case and accents). */
function assertFreeName(archive: Archive, name: string, selfId: number | null): void {
  const key = looseKey(name)
  for (const t of listThemes(archive)) {
    if (t.id === selfId) continue
    if (looseKey(t.name) === key || (t.nameVi !== null && looseKey(t.nameVi) === key)) {
      throw new FolioError('duplicate', `There is already a theme called "${themeLabel(t)}" (theme ${t.id}).`)
    }
  }
}

/** Trimmed, NFC, non-empty, without repeats (ignoring case and accents). */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const k of keywords) {
    if (typeof k !== 'string') throw new FolioError('invalid-input', 'Keywords must be words or phrases.')
    const v = k.normalize('NFC').replace(/\s+/g, ' ').trim()
    if (!v || seen.has(looseKey(v))) continue
    seen.add(looseKey(v))
    out.push(v)
  }
  return out
}

function checkedColor(archive: Archive, input: string, selfId: number | null): string {
  const color = parseColor(input)
  const others = listThemes(archive)
    .filter((t) => t.id !== selfId)
    .map((t) => ({ name: themeLabel(t), color: t.color }))
  assertUsableColor(color, others)
  return color
}

function nextPosition(archive: Archive, parentId: number | null): number {
  const row = archive.db
    .prepare('SELECT max(position) AS p FROM themes WHERE parent_id IS ?')
    .get(parentId) as { p: number | null }
  return row.p === null ? 0 : row.p + 1
}

export function createTheme(archive: Archive, input: NewTheme): Theme {
  return inTransaction(archive.db, () => {
    const name = cleanName(input.name ?? '', 'name')
    assertFreeName(archive, name, null)
    const nameVi = input.nameVi ? cleanName(input.nameVi, 'Vietnamese name') : null
    if (nameVi && looseKey(nameVi) !== looseKey(name)) assertFreeName(archive, nameVi, null)
    const parentId = input.parentId ?? null
    if (parentId !== null) getTheme(archive, parentId)
    const color =
      input.color !== undefined
        ? checkedColor(archive, input.color, null)
        : nextThemeColor(listThemes(archive).map((t) => t.color))
    const info = archive.db
      .prepare(
        `INSERT INTO themes (name, name_vi, color, description, parent_id, position, keywords)
         VALUES (?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        name,
        nameVi,
        color,
        (input.description ?? '').trim(),
        parentId,
        nextPosition(archive, parentId),
        JSON.stringify(cleanKeywords(input.keywords ?? []))
      )
    return getTheme(archive, Number(info.lastInsertRowid))
  })
}

/** Changes any of a theme's names, colour, description and keywords in one step. */
export function updateTheme(archive: Archive, id: number, patch: ThemePatch): Theme {
  return inTransaction(archive.db, () => {
    const theme = getTheme(archive, id)
    const name = patch.name !== undefined ? cleanName(patch.name, 'name') : theme.name
    if (patch.name !== undefined) assertFreeName(archive, name, id)
    let nameVi = theme.nameVi
    if (patch.nameVi !== undefined) {
      nameVi =
        patch.nameVi === null || patch.nameVi.trim() === ''
          ? null
          : cleanName(patch.nameVi, 'Vietnamese name')
      if (nameVi) assertFreeName(archive, nameVi, id)
    }
    const color = patch.color !== undefined ? checkedColor(archive, patch.color, id) : theme.color
    const description = patch.description !== undefined ? patch.description.trim() : theme.description
    const keywords = patch.keywords !== undefined ? cleanKeywords(patch.keywords) : theme.keywords
    archive.db
      .prepare(
        'UPDATE themes SET name = ?, name_vi = ?, color = ?, description = ?, keywords = ? WHERE id = ?'
      )
      .run(name, nameVi, color, description, JSON.stringify(keywords), id)
    return getTheme(archive, id)
  })
}

export function renameTheme(
  archive: Archive,
  id: number,
  names: { name?: string; nameVi?: string | null }
): Theme {
  if (names.name === undefined && names.nameVi === undefined) {
    throw new FolioError('invalid-input', 'Give a new name, a new Vietnamese name, or both.')
  }
  return updateTheme(archive, id, names)
}

export function recolorTheme(archive: Archive, id: number, color: string): Theme {
  return updateTheme(archive, id, { color })
}

export function describeTheme(archive: Archive, id: number, description: string): Theme {
  return updateTheme(archive, id, { description })
}

export function setThemeKeywords(archive: Archive, id: number, keywords: string[]): Theme {
  return updateTheme(archive, id, { keywords })
}

export interface ThemeMove {
  /** New parent; null makes it a top-level theme; omitted keeps the parent. */
  parentId?: number | null
  /** 0-based place among its siblings; omitted puts it last (or keeps it when the parent is unchanged). */
  position?: number
}

/** Reorders a theme among its siblings and/or nests it under another theme. */
export function moveTheme(archive: Archive, id: number, move: ThemeMove): Theme {
  return inTransaction(archive.db, () => {
    const theme = getTheme(archive, id)
    const parentId = move.parentId === undefined ? theme.parentId : move.parentId
    if (parentId !== null) {
      if (parentId === id) throw new FolioError('invalid-input', 'A theme cannot be its own parent.')
      const parent = getTheme(archive, parentId)
      if (descendantIds(archive, id).includes(parentId)) {
        throw new FolioError(
          'invalid-input',
          `"${themeLabel(parent)}" is a sub-theme of "${themeLabel(theme)}", so it cannot become its parent.`
        )
      }
    }
    if (move.position !== undefined && (!Number.isInteger(move.position) || move.position < 0)) {
      throw new FolioError('invalid-input', `A position is a whole number from 0, not ${move.position}.`)
    }
    const siblings = (
      archive.db
        .prepare('SELECT id FROM themes WHERE parent_id IS ? AND id != ? ORDER BY position, id')
        .all(parentId, id) as { id: number }[]
    ).map((r) => r.id)
    const samePlace = parentId === theme.parentId
    const current = samePlace
      ? listThemes(archive)
          .filter((t) => t.parentId === parentId)
          .findIndex((t) => t.id === id)
      : siblings.length
    const at = Math.min(move.position ?? current, siblings.length)
    siblings.splice(at, 0, id)
    const setPosition = archive.db.prepare('UPDATE themes SET position = ?, parent_id = ? WHERE id = ?')
    siblings.forEach((sid, i) => setPosition.run(i, sid === id ? parentId : parentIdOf(archive, sid), sid))
    return getTheme(archive, id)
  })
}

function parentIdOf(archive: Archive, id: number): number | null {
  return (
    archive.db.prepare('SELECT parent_id AS p FROM themes WHERE id = ?').get(id) as { p: number | null }
  ).p
}
