// Results placed with the stored search keys must equal results placed on the bodies themselves:
// same snippet text, highlights, offsets and clipping, for NFC, NFD, emoji and long bodies.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openArchive } from '../archive'
import { search } from './search-archive'
import type { SearchPage } from './search-types'

const dir = mkdtempSync(join(tmpdir(), 'folio-keyed-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const filler = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Câu số ${i + 1} kể về đời sống thường ngày ở địa phương.`).join(' ')

const ARTICLES: [string, string][] = [
  ['Đảng bộ Cần Thơ', `${filler(12)} Đảng bộ đẩy mạnh hợp tác quốc tế với ĐBSCL. ${filler(12)}`],
  ['Tin 📰 mới', `Mở đầu 🤝 có biểu tượng 🌾. ${filler(8)} Hợp tác vùng “Tây Nguyên” được bàn… ${filler(3)}`],
  ['Bài tách dấu'.normalize('NFD'), `${filler(6)} Công tác đối ngoại và hợp tác.`.normalize('NFD')],
  ['Hợp tác ngắn', 'Hợp tác.'],
  ['Không khớp ở thân bài', `${filler(20)}`],
  // No space or sentence end for 80 units before the match: the snippet must not start mid-emoji.
  ['Biểu tượng', `${filler(6)} ${'🎉'.repeat(60)}hợp tác quốc tế… ${filler(2)}`],
  ['Trích dẫn', `${filler(8)} Ông nói: «Xong.» Hợp tác vùng được bàn. ${filler(8)}`]
]

const QUERIES = [
  'hop tac',
  'dbscl',
  'tay nguyen',
  'doi ngoai',
  'cau so',
  '"hop tac quoc te"',
  'hop*',
  'khong khop',
  'dang -tay'
]

function run(path: string): SearchPage[] {
  const archive = openArchive(path)
  try {
    return QUERIES.map((query) => search(archive, { query, limit: 50 }))
  } finally {
    archive.close()
  }
}

describe('search keys', () => {
  const path = join(dir, 'keyed.sqlite')
  const archive = openArchive(path)
  const insert = archive.db.prepare('INSERT INTO articles (title, body, content_hash) VALUES (?, ?, ?)')
  ARTICLES.forEach(([title, body], i) => insert.run(title, body, `h${i}`))
  archive.close()

  it('are written for every article by the triggers', () => {
    const a = openArchive(path)
    const n = a.db.prepare('SELECT count(*) AS n FROM article_search_keys').get() as { n: number }
    a.close()
    expect(n.n).toBe(ARTICLES.length)
  })

  it('give the same pages as placing highlights on the bodies', () => {
    const keyed = run(path)
    const a = openArchive(path)
    a.db.exec('DELETE FROM article_search_keys') // every hit now takes the body path
    a.close()
    const plain = run(path)
    expect(keyed.map((p) => p.hits.length)).toEqual(plain.map((p) => p.hits.length))
    expect(keyed.some((p) => p.hits.length > 0)).toBe(true)
    expect(keyed).toEqual(plain)
  })

  it('point into the body: each snippet is the body slice at bodyStart, highlights on the query words', () => {
    const a = openArchive(join(dir, 'slices.sqlite'))
    const ins = a.db.prepare('INSERT INTO articles (title, body, content_hash) VALUES (?, ?, ?)')
    ARTICLES.forEach(([title, body], i) => ins.run(title, body, `h${i}`))
    const page = search(a, { query: 'hop tac', limit: 50 })
    expect(page.hits.length).toBe(6)
    for (const hit of page.hits) {
      const body = (
        a.db.prepare('SELECT body FROM articles WHERE id = ?').get(hit.article.id) as { body: string }
      ).body
      const s = hit.snippet!
      expect(body.slice(s.bodyStart, s.bodyStart + s.text.length)).toBe(s.text)
      expect(s.highlights.length).toBeGreaterThan(0)
      for (const h of s.highlights) {
        const word = s.text.slice(h.start, h.end).normalize('NFC').toLowerCase()
        expect(['hợp', 'tác', 'hợp tác']).toContain(word)
      }
    }
    a.close()
  })

  it('follow a corrected body', () => {
    const a = openArchive(join(dir, 'update.sqlite'))
    a.db.prepare("INSERT INTO articles (title, body, content_hash) VALUES ('T', 'Hợp tác vùng.', 'h')").run()
    a.db
      .prepare("UPDATE articles SET body = 'Đối ngoại nhân dân, hợp tác vùng.' WHERE content_hash = 'h'")
      .run()
    const hit = search(a, { query: 'doi ngoai' }).hits[0]
    a.close()
    expect(hit.snippet!.text).toBe('Đối ngoại nhân dân, hợp tác vùng.')
    expect(hit.snippet!.highlights).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 9 }
    ])
  })
})
