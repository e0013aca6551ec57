// What a round trip must keep, read from an archive in a form two archives can be compared by:
// the codebook tree, articles, passages (text, context, note, themes by name) and memos (target by name).
import type { Archive } from '../archive'
import { listThemes } from '../themes/theme-store'

export interface CodeTree {
  name: string
  nameVi: string | null
  color: string
  description: string
  keywords: string[]
  children: CodeTree[]
}

export function codebookTree(a: Archive): CodeTree[] {
  const themes = listThemes(a)
  const tree = (parent: number | null): CodeTree[] =>
    themes
      .filter((t) => t.parentId === parent)
      .map((t) => ({
        name: t.name,
        nameVi: t.nameVi,
        color: t.color,
        description: t.description,
        keywords: t.keywords,
        children: tree(t.id)
      }))
  return tree(null)
}

export interface PassageSnapshot {
  title: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  note: string
  status: string
  themes: string | null
}

export function passageRows(a: Archive): PassageSnapshot[] {
  return a.db
    .prepare(
      `SELECT ar.title, p.start, p.end, p.exact, p.prefix, p.suffix, p.note, p.status,
        (SELECT group_concat(name, ' | ') FROM (SELECT t.name FROM passage_themes pt JOIN themes t ON t.id = pt.theme_id
           WHERE pt.passage_id = p.id ORDER BY t.name)) AS themes
       FROM passages p JOIN articles ar ON ar.id = p.article_id ORDER BY ar.title, ar.body, p.start, p.end`
    )
    .all() as PassageSnapshot[]
}

export function articleRows(a: Archive): unknown[] {
  return a.db
    .prepare(
      `SELECT title, body, blocks, category, author, source, url, published_at, language
       FROM articles ORDER BY title, body`
    )
    .all()
}

export function memoRows(a: Archive): unknown[] {
  return a.db
    .prepare(
      `SELECT m.target_kind, coalesce(t.name, ar.title) AS target, m.body FROM memos m
       LEFT JOIN themes t ON m.target_kind = 'theme' AND t.id = m.target_id
       LEFT JOIN articles ar ON m.target_kind = 'article' AND ar.id = m.target_id ORDER BY 1, 2, 3`
    )
    .all()
}
