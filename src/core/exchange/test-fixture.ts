// Test fixture (tests and the corpus check only): an archive with nested themes, colours, memos and
// passages over Vietnamese text with characters outside the Basic Multilingual Plane.
import type { Archive } from '../archive'
import { insertArticle } from '../articles/article-store'
import { inTransaction } from '../db/connection'
import { assembleBlocks } from '../text/model'
import { addMemo, upsertPassage } from './exchange-rows'

export const EMOJI_TEXT = [
  'Cần Thơ 🌾 mở rộng hợp tác với các tỉnh ĐBSCL 🤝 trong năm 2024.',
  'Ông Trần Văn Đức nói: “Liên kết vùng là con đường duy nhất 🚀”.',
  'Nông dân ở Hậu Giang 🍚 trồng lúa chất lượng cao; 𝒯𝒽ơ là chữ toán học ngoài BMP.'
]

export interface Fixture {
  articleIds: number[]
  themeIds: Record<string, number>
}

function theme(
  archive: Archive,
  name: string,
  color: string,
  parent: number | null,
  extra: Partial<{ nameVi: string; description: string; keywords: string[] }> = {}
): number {
  const position = (
    archive.db
      .prepare('SELECT coalesce(max(position)+1,0) AS n FROM themes WHERE parent_id IS ?')
      .get(parent) as { n: number }
  ).n
  return Number(
    archive.db
      .prepare(
        'INSERT INTO themes (name, name_vi, color, description, parent_id, position, keywords) VALUES (?,?,?,?,?,?,?)'
      )
      .run(
        name,
        extra.nameVi ?? null,
        color,
        extra.description ?? '',
        parent,
        position,
        JSON.stringify(extra.keywords ?? [])
      ).lastInsertRowid
  )
}

/** Passage over the first occurrence of `quote` in article `articleId`. */
export function tag(
  archive: Archive,
  articleId: number,
  quote: string,
  themeIds: number[],
  note = ''
): number {
  const body = (
    archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }
  ).body
  const start = body.indexOf(quote)
  if (start < 0) throw new Error(`fixture: "${quote}" is not in article ${articleId}`)
  return upsertPassage(archive, { articleId, body, start, end: start + quote.length, note, themeIds }).id
}

export function buildFixture(archive: Archive): Fixture {
  return inTransaction(archive.db, () => {
    const { body, blocks } = assembleBlocks([
      { kind: 'heading', text: 'Hợp tác vùng 🌏', level: 2 },
      ...EMOJI_TEXT.map((text) => ({ kind: 'paragraph' as const, text }))
    ])
    const a1 = insertArticle(archive, {
      title: 'Cần Thơ và ĐBSCL 🌾',
      body,
      blocks,
      category: 'Thời sự',
      author: 'Nguyễn Thị Hoa',
      source: 'Báo Cần Thơ',
      publishedAt: '2024-05-02',
      language: 'vi',
      url: 'https://example.org/can-tho'
    }).id
    const second = assembleBlocks([
      { kind: 'paragraph', text: 'Đoàn đại biểu Nhật Bản 🇯🇵 thăm Cần Thơ, bàn về đối ngoại và đầu tư.' }
    ])
    const a2 = insertArticle(archive, { title: 'Đối ngoại', ...second }).id
    const ids = Object.fromEntries(
      (archive.db.prepare('SELECT id, name FROM themes').all() as { id: number; name: string }[]).map((t) => [
        t.name,
        t.id
      ])
    ) as Record<string, number>
    const economy = theme(archive, 'Kinh tế & "đầu tư" <vùng>', '#1F8A8A', null, {
      nameVi: 'Kinh tế',
      description: 'Dòng 1\nDòng 2 — với ký tự đặc biệt & < >',
      keywords: ['đầu tư', 'kinh tế; vùng']
    })
    const farming = theme(archive, 'Nông nghiệp 🌾', '#3b8f4e', economy, {
      description: 'Lúa gạo, thủy sản.'
    })
    const rice = theme(archive, 'Lúa chất lượng cao', '#C98A1B', farming)
    ids.economy = economy
    ids.farming = farming
    ids.rice = rice
    tag(
      archive,
      a1,
      'Cần Thơ 🌾 mở rộng hợp tác',
      [ids['Regional links'], economy],
      'Ghi chú: 🌾 đầu tiên\ndòng hai'
    )
    tag(archive, a1, '“Liên kết vùng là con đường duy nhất 🚀”', [ids['Regional links']])
    tag(archive, a1, '𝒯𝒽ơ là chữ toán học', [rice, farming], 'ngoài BMP 𝒯')
    tag(archive, a1, 'Hậu Giang 🍚', [farming])
    tag(archive, a2, 'Nhật Bản 🇯🇵', [ids['Foreign affairs']], 'Quốc kỳ là hai ký tự 🇯🇵')
    addMemo(archive, { kind: 'theme', id: economy }, 'Memo về kinh tế 💰\nhai dòng')
    addMemo(archive, { kind: 'article', id: a1 }, 'Bài gốc của bộ sưu tập.')
    addMemo(archive, { kind: 'archive' }, 'Dự án nghiên cứu ĐBSCL 2024 📚')
    return { articleIds: [a1, a2], themeIds: ids }
  })
}
