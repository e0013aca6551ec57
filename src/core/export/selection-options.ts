// Turning what a person typed (article ids, a collection id or name, theme names) into an export
// selection, with one plain sentence for anything that does not exist.
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { loadThemes, themeIdsByName, type ExportSelection } from './brief-data'

export interface SelectionInput {
  articles?: string[]
  collection?: string
  themes?: string[]
}

const split = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)

export function parseSelection(archive: Archive, input: SelectionInput): ExportSelection {
  const articles = split(input.articles)
  if (articles.length && input.collection)
    throw new FolioError('invalid-input', 'Give either articles or a collection, not both.')
  if (articles.length)
    return {
      kind: 'articles',
      articleIds: articles.map((v) => {
        const n = Number(v)
        if (!Number.isInteger(n) || n <= 0)
          throw new FolioError('invalid-input', `"${v}" is not a valid article id.`)
        return n
      })
    }
  if (input.collection) {
    const key = input.collection.trim()
    const row = (
      /^\d+$/.test(key)
        ? archive.db.prepare('SELECT id FROM collections WHERE id = ?').get(Number(key))
        : archive.db.prepare('SELECT id FROM collections WHERE name = ?').get(key.normalize('NFC'))
    ) as { id: number } | undefined
    if (!row) throw new FolioError('not-found', `There is no collection "${key}".`)
    return { kind: 'collection', collectionId: row.id }
  }
  return { kind: 'all' }
}

export function parseThemes(archive: Archive, names: string[] | undefined): number[] | undefined {
  const list = split(names)
  return list.length ? themeIdsByName(loadThemes(archive), list) : undefined
}
