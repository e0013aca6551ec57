// Adds the citation of its article to each passage (for lists that span articles).
import type { Archive } from '../../core/archive'
import type { Passage as CorePassage } from '../../core/passages'
import type { PassageListItem } from '../../shared/api-types'

export function withCitations(archive: Archive, passages: CorePassage[]): PassageListItem[] {
  const ids = [...new Set(passages.map((p) => p.articleId))]
  const cited = new Map<number, PassageListItem['article']>()
  const row = archive.db.prepare('SELECT id, title, source, published_at FROM articles WHERE id = ?')
  for (const id of ids) {
    const r = row.get(id) as
      { id: number; title: string; source: string | null; published_at: string | null } | undefined
    if (r) cited.set(id, { id: r.id, title: r.title, source: r.source, publishedAt: r.published_at })
  }
  return passages.map((p) => ({
    ...p,
    article: cited.get(p.articleId) ?? { id: p.articleId, title: '', source: null, publishedAt: null }
  }))
}
