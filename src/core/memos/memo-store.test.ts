// Memos on a theme, an article and the whole archive.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Archive } from '../archive'
import { addArticle, openTestArchive } from '../passages/test-archive'
import { listThemes } from '../themes/theme-store'
import { createMemo, deleteMemo, getMemo, listMemos, updateMemo } from './memo-store'

let archive: Archive
beforeEach(() => {
  archive = openTestArchive()
})
afterEach(() => archive.close())

describe('memos', () => {
  it('writes, edits, lists and deletes memos on a theme, an article and the archive', () => {
    const theme = listThemes(archive)[2].id
    const article = addArticle(archive)
    const m1 = createMemo(archive, {
      target: { kind: 'theme', id: theme },
      body: 'Chỉ mã hóa kế hoạch cụ thể.'
    })
    const m2 = createMemo(archive, { target: { kind: 'article', id: article }, body: 'Bài tổng kết.' })
    const m3 = createMemo(archive, { target: { kind: 'archive' }, body: 'Câu hỏi nghiên cứu: hợp tác vùng.' })
    expect(listMemos(archive, { kind: 'theme', id: theme }).map((m) => m.id)).toEqual([m1.id])
    expect(listMemos(archive, { kind: 'article', id: article })[0].body).toBe('Bài tổng kết.')
    expect(listMemos(archive, { kind: 'archive' })[0].target).toEqual({ kind: 'archive' })
    expect(listMemos(archive)).toHaveLength(3)
    expect(updateMemo(archive, m3.id, '  Câu hỏi mới.  ').body).toBe('Câu hỏi mới.')
    deleteMemo(archive, m2.id)
    expect(() => getMemo(archive, m2.id)).toThrow(/no memo/)
  })

  it('refuses an empty memo or an unknown target', () => {
    expect(() => createMemo(archive, { target: { kind: 'archive' }, body: '  ' })).toThrow(/cannot be empty/)
    expect(() => createMemo(archive, { target: { kind: 'theme', id: 999 }, body: 'x' })).toThrow(
      /no theme 999/
    )
    expect(() => createMemo(archive, { target: { kind: 'article', id: 999 }, body: 'x' })).toThrow(
      /no article 999/
    )
    expect(listMemos(archive)).toHaveLength(0)
  })
})
