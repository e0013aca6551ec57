// The reader's data: the article, its passages and orphans, and the passage mutations.
import { useMutation, useQuery } from '@tanstack/react-query'
import type { Passage } from '../../../../shared/api'
import { folioApi } from '../../api/folio-api'
import { passageDependents, qk } from '../../api/query-keys'
import { useInvalidate } from '../../api/use-folio'

export function useReaderData(articleId: number | null) {
  const invalidate = useInvalidate()
  const enabled = articleId != null
  const id = articleId ?? 0
  const article = useQuery({
    queryKey: qk.article(id),
    queryFn: () => folioApi().getArticle({ id }),
    enabled
  })
  const passages = useQuery({
    queryKey: qk.articlePassages(id),
    queryFn: () => folioApi().listPassages({ articleId: id, status: 'anchored', limit: 10_000 }),
    enabled
  })
  const orphans = useQuery({
    queryKey: qk.orphans(id),
    queryFn: () => folioApi().listOrphans({ articleId: id }),
    enabled
  })
  const changed = (): void => invalidate(passageDependents)

  const create = useMutation({
    mutationFn: (v: { start: number; end: number; themeIds: number[]; note: string }) =>
      folioApi().createPassage({ articleId: id, ...v }),
    onSuccess: changed
  })
  const update = useMutation({
    mutationFn: (v: { id: number; themeIds?: number[]; note?: string; start?: number; end?: number }) =>
      folioApi().updatePassage(v),
    onSuccess: changed
  })
  const remove = useMutation({
    mutationFn: (p: Passage) => folioApi().deletePassage({ id: p.id }),
    onSuccess: changed
  })
  const undoRemove = useMutation({ mutationFn: () => folioApi().undoDeletePassage(), onSuccess: changed })
  const reattach = useMutation({
    mutationFn: (v: { id: number; start: number; end: number }) => folioApi().reattachPassage(v),
    onSuccess: changed
  })
  return { article, passages, orphans, create, update, remove, undoRemove, reattach }
}
