// The real handler table over a real archive: a researcher's round trip through the contract, and the
// list of methods still waiting for a core function (each must say so, never pretend).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../core/archive'
import type { ApiMethod, ApiOutput } from '../../shared/api'
import { API_METHODS } from '../../shared/api-methods'
import type { FolioEvent } from '../../shared/api-types'
import { createDispatcher, type Dispatcher } from './dispatcher'
import { unwiredReason } from './handler-types'
import { HANDLERS } from './handler-table'

const CLIP = [
  'Cần Thơ đẩy mạnh liên kết vùng',
  '',
  'Thành phố Cần Thơ và các tỉnh Đồng bằng sông Cửu Long ký kết chương trình hợp tác về giao thông và liên kết vùng.',
  '',
  'Về đối ngoại, thành phố mở rộng hợp tác quốc tế với các đối tác Nhật Bản và Hàn Quốc.',
  '',
  'Phương hướng trong thời gian tới, thành phố sẽ ưu tiên nông nghiệp công nghệ cao.'
].join('\n')

let archive: Archive
let d: Dispatcher
const events: FolioEvent[] = []

async function call<M extends ApiMethod>(method: M, input?: unknown): Promise<ApiOutput<M>> {
  const r = await d.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`)
  return r.value as ApiOutput<M>
}

beforeAll(() => {
  archive = openArchive(':memory:')
  d = createDispatcher({
    archive: () => archive,
    shell: { appInfo: { shell: 'web', version: '0', platform: 'linux' } },
    emit: (e) => events.push(e)
  })
})
afterAll(() => archive.close())

describe('wired handlers over a real archive', () => {
  it('imports, tags, searches, counts and exports through the contract', async () => {
    const batch = await call('importFiles', {
      files: [{ name: 'cần thơ.txt', bytes: new TextEncoder().encode(CLIP) }],
      jobId: 'imp'
    })
    expect(batch.counts.imported).toBe(1)
    expect(events.some((e) => e.type === 'progress' && e.jobId === 'imp')).toBe(true)
    const id = batch.outcomes[0].articleId!
    const article = await call('getArticle', { id })
    const themes = await call('listThemes')
    expect(themes).toHaveLength(3)
    const quote = 'hợp tác quốc tế'
    const start = article.body.indexOf(quote)
    const passage = await call('createPassage', {
      articleId: id,
      start,
      end: start + quote.length,
      themeIds: [themes[1].id],
      note: 'Ghi chú'
    })
    expect(passage.exact).toBe(quote)

    const listed = await call('listPassages', { articleId: id })
    expect(listed[0].article.title).toBe('Cần Thơ đẩy mạnh liên kết vùng')
    const found = await call('search', { query: 'hop tac quoc te' })
    expect(found.hits[0].article.id).toBe(id)
    const inArticle = await call('findInArticle', { articleId: id, query: 'can tho' })
    expect(inArticle.ranges.length).toBeGreaterThan(0)
    const filtered = await call('listArticles', { filters: { themeIds: [themes[1].id] } })
    expect(filtered.items.map((a) => a.id)).toEqual([id])
    expect((await call('listArticles', { filters: { themeIds: [themes[0].id] } })).total).toBe(0)

    const perTheme = await call('passagesPerTheme')
    expect(perTheme.find((c) => c.themeId === themes[1].id)?.count).toBe(1)
    expect((await call('listThemes')).find((t) => t.id === themes[1].id)?.passageCount).toBe(1)

    const pdf = await call('exportArticlePdf', { articleId: id })
    expect(pdf.fileName).toBe('Cần Thơ đẩy mạnh liên kết vùng.pdf')
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-')
    const csv = new TextDecoder().decode((await call('exportCsv', { selection: { kind: 'all' } })).bytes)
    expect(csv).toContain(quote)
    const md = await call('exportMarkdown', {
      selection: { kind: 'articles', articleIds: [id] },
      language: 'en'
    })
    expect(new TextDecoder().decode(md.bytes)).toContain(quote)
    const w3c = JSON.parse(
      new TextDecoder().decode((await call('exportW3c', { selection: { kind: 'all' } })).bytes)
    )
    expect(JSON.stringify(w3c)).toContain('TextQuoteSelector')
    const preview = await call('previewThemeBrief', { selection: { kind: 'search', query: 'can tho' } })
    expect(preview).toMatchObject({ articles: 1, passages: 1 })

    // Correcting the text keeps the passage attached; the title and metadata change with it.
    const fixed = article.body.replace('Nhật Bản', 'Nhật Bản, Singapore')
    const updated = await call('updateArticle', { id, patch: { body: fixed, source: 'baocantho.com.vn' } })
    expect(updated).toMatchObject({ orphaned: 0, article: { source: 'baocantho.com.vn' } })
    expect((await call('listPassages', { articleId: id }))[0].exact).toBe(quote)

    await call('deletePassage', { id: passage.id })
    expect(await call('listPassages', { articleId: id })).toEqual([])
    expect((await call('undoDeletePassage'))?.exact).toBe(quote)
    expect(await call('undoDeletePassage')).toBeNull()

    const removed = await call('deleteArticles', { ids: [id] })
    expect((await call('getArchiveInfo')).articles).toBe(0)
    expect(await call('undoDeleteArticles', { undoToken: removed.undoToken })).toEqual({ restored: 1 })
    expect((await call('listPassages', { articleId: id }))[0].note).toBe('Ghi chú')
  })

  it('keeps one memo per target and deletes it when emptied', async () => {
    const target = { kind: 'archive' } as const
    expect(await call('getMemo', { target })).toBeNull()
    await call('setMemo', { target, body: 'Câu hỏi nghiên cứu' })
    await call('setMemo', { target, body: 'Câu hỏi nghiên cứu (sửa)' })
    expect((await call('listMemos', { kind: 'archive' })).map((m) => m.body)).toEqual([
      'Câu hỏi nghiên cứu (sửa)'
    ])
    expect(await call('setMemo', { target, body: '  ' })).toBeNull()
    expect(await call('getMemo', { target })).toBeNull()
  })

  it('reorders themes in one step and refuses a cycle without changing anything', async () => {
    const [a, b, c] = await call('listThemes')
    const reordered = await call('reorderThemes', { parentId: null, orderedIds: [c.id, a.id, b.id] })
    expect(reordered.filter((t) => t.parentId === null).map((t) => t.id)).toEqual([c.id, a.id, b.id])
    await call('nestTheme', { id: b.id, parentId: a.id })
    const refused = await d.dispatch('nestTheme', { id: a.id, parentId: b.id })
    expect(refused.ok).toBe(false)
    expect((await call('listThemes')).find((t) => t.id === a.id)?.parentId).toBeNull()
  })

  it('answers "unavailable" with a reason for every method still waiting for core, and only those', async () => {
    const waiting = API_METHODS.filter((m) => unwiredReason(HANDLERS[m]) !== null)
    for (const m of waiting) {
      const r = await d.dispatch(m, {})
      if (!r.ok && r.error.code === 'invalid-input') continue // validation comes first
      expect(r.ok ? 'ok' : r.error.code, m).toBe('unavailable')
    }
    // The list the shell's report names; update both when a core function lands.
    expect(waiting.sort()).toEqual([])
  })
})
