// Test archives for the exports: a Vietnamese article written for these tests, passages by plain SQL.
import { openArchive, type Archive } from '../archive'
import { insertArticle } from '../articles/article-store'
import { assembleBlocks, type BlockKind } from '../text/model'

export const FIXTURE_TITLE = 'Đà Nẵng: Mười năm xây dựng đô thị thông minh ven biển'

const PIECES: { kind: BlockKind; text: string }[] = [
  {
    kind: 'lede',
    text: 'Sau mười năm, Đà Nẵng đã đi từ những tuyến cáp quang đầu tiên đến một trung tâm điều hành chung, nơi dữ liệu giao thông, môi trường và dịch vụ công được theo dõi hằng ngày.'
  },
  {
    kind: 'caption',
    text: 'Cầu Rồng nhìn từ bờ đông sông Hàn vào một buổi chiều tháng Sáu. (Ảnh: tư liệu)'
  },
  { kind: 'heading', text: 'Hạ tầng số đi trước một bước' },
  {
    kind: 'paragraph',
    text: 'Thành phố ưu tiên đầu tư hạ tầng viễn thông trước khi triển khai các ứng dụng. Hệ thống camera, cảm biến đo mực nước và trạm quan trắc không khí được kết nối về một đầu mối, giúp cơ quan quản lý phản ứng nhanh hơn khi có mưa lớn hoặc ùn tắc.'
  },
  {
    kind: 'paragraph',
    text: 'Các quận, huyện phối hợp với những tỉnh lân cận như Quảng Nam và Thừa Thiên Huế để chia sẻ dữ liệu về du lịch, lưu trú và giao thông liên tỉnh. Việc liên kết vùng giúp du khách đi lại thuận tiện hơn giữa các điểm đến di sản.'
  },
  { kind: 'heading', text: 'Hợp tác quốc tế và thu hút đầu tư' },
  {
    kind: 'paragraph',
    text: 'Đà Nẵng ký kết nhiều thỏa thuận với các đối tác Nhật Bản, Hàn Quốc và Singapore về quy hoạch đô thị, xử lý nước thải và đào tạo nhân lực công nghệ thông tin. Một số dự án được tài trợ bằng vốn ODA và vốn vay ưu đãi.'
  },
  {
    kind: 'quote',
    text: '“Chúng tôi muốn người dân cảm nhận được sự thay đổi qua từng thủ tục hành chính”, một cán bộ sở cho biết.'
  },
  { kind: 'heading', text: 'Định hướng đến năm 2030' },
  {
    kind: 'paragraph',
    text: 'Trong giai đoạn tới, thành phố đặt mục tiêu số hóa toàn bộ hồ sơ đất đai, mở rộng dịch vụ công trực tuyến mức độ cao và xây dựng khu công nghệ cao gắn với nghiên cứu, đổi mới sáng tạo.'
  },
  { kind: 'list-item', text: 'Thứ nhất, hoàn thiện kho dữ liệu dùng chung của thành phố.' },
  { kind: 'list-item', text: 'Thứ hai, đào tạo đội ngũ cán bộ có kỹ năng số.' }
]

export function fixtureArticle(title = FIXTURE_TITLE, repeat = 1, date = '2024-03-15') {
  // Repeated copies are numbered block by block so any stretch of the long text is unique.
  const pieces =
    repeat === 1
      ? PIECES
      : Array.from({ length: repeat }, (_, i) =>
          PIECES.map((p) => ({ ...p, text: `${i + 1}. ${p.text}` }))
        ).flat()
  return {
    title,
    ...assembleBlocks(pieces),
    category: 'Thời sự',
    author: 'Trần Minh Khôi',
    source: 'Báo Ví Dụ',
    url: 'https://example.org/da-nang-do-thi-thong-minh',
    publishedAt: date,
    language: 'vi'
  }
}

export function openFixtureArchive(): Archive {
  return openArchive(':memory:')
}

export function addArticle(archive: Archive, title = FIXTURE_TITLE, repeat = 1, date = '2024-03-15'): number {
  const out = insertArticle(archive, fixtureArticle(title, repeat, date))
  return out.id
}

/** Adds a passage over the first occurrence of `exact` (after `from`), tagged with `themeIds`. */
export function addPassage(
  archive: Archive,
  articleId: number,
  exact: string,
  themeIds: number[],
  note = '',
  from = 0
): { id: number; start: number; end: number; exact: string } {
  const body = (
    archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }
  ).body
  const start = body.indexOf(exact, from)
  if (start < 0) throw new Error(`fixture: "${exact}" is not in article ${articleId}`)
  return addPassageAt(archive, articleId, start, start + exact.length, themeIds, note)
}

export function addPassageAt(
  archive: Archive,
  articleId: number,
  start: number,
  end: number,
  themeIds: number[],
  note = ''
): { id: number; start: number; end: number; exact: string } {
  const body = (
    archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }
  ).body
  const exact = body.slice(start, end)
  const id = Number(
    archive.db
      .prepare(
        'INSERT INTO passages (article_id, start, "end", exact, prefix, suffix, note) VALUES (?, ?, ?, ?, ?, ?, ?)'
      )
      .run(
        articleId,
        start,
        end,
        exact,
        body.slice(Math.max(0, start - 32), start),
        body.slice(end, end + 32),
        note
      ).lastInsertRowid
  )
  const tag = archive.db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)')
  for (const t of themeIds) tag.run(id, t)
  return { id, start, end, exact }
}

/** The default codebook's ids, by English name. */
export function themeIds(archive: Archive): Record<'regional' | 'foreign' | 'outlook', number> {
  const id = (name: string): number =>
    (archive.db.prepare('SELECT id FROM themes WHERE name = ?').get(name) as { id: number }).id
  return { regional: id('Regional links'), foreign: id('Foreign affairs'), outlook: id('Outlook') }
}

const SENTENCES = [
  'Hệ thống camera, cảm biến đo mực nước và trạm quan trắc không khí',
  'phối hợp với những tỉnh lân cận như Quảng Nam và Thừa Thiên Huế',
  'Đà Nẵng ký kết nhiều thỏa thuận với các đối tác Nhật Bản, Hàn Quốc và Singapore',
  'số hóa toàn bộ hồ sơ đất đai, mở rộng dịch vụ công trực tuyến mức độ cao',
  'Thứ hai, đào tạo đội ngũ cán bộ có kỹ năng số.'
]

/**
 * A brief-sized archive: `articles` articles (distinct titles, dates over two years) with
 * `perArticle` passages each, themes cycling (plus a sub-theme), notes on every other passage and
 * memos on the themes. Returns the article ids.
 */
export function fillBriefArchive(archive: Archive, articles = 200, perArticle = 5): number[] {
  const t = themeIds(archive)
  const sub = Number(
    archive.db
      .prepare(
        "INSERT INTO themes (name, name_vi, color, parent_id, position) VALUES ('Inter-provincial transport', 'Giao thông liên tỉnh', '#2F855A', ?, 10)"
      )
      .run(t.regional).lastInsertRowid
  )
  const memo = archive.db.prepare("INSERT INTO memos (target_kind, target_id, body) VALUES ('theme', ?, ?)")
  memo.run(
    t.regional,
    'Các bài cho thấy liên kết vùng chủ yếu dừng ở thỏa thuận; cần theo dõi việc triển khai.'
  )
  memo.run(t.foreign, 'Đối tác châu Á chiếm phần lớn các thỏa thuận được nhắc tới.')
  const cycle = [[t.regional], [t.regional, sub], [t.foreign], [t.outlook], [t.outlook, t.foreign]]
  const ids: number[] = []
  for (let i = 0; i < articles; i++) {
    const month = String(((i % 24) % 12) + 1).padStart(2, '0')
    const id = addArticle(
      archive,
      `Bài số ${i + 1}: đô thị thông minh và liên kết vùng`,
      1,
      `${2023 + Math.floor((i % 24) / 12)}-${month}-${String((i % 28) + 1).padStart(2, '0')}`
    )
    ids.push(id)
    for (let k = 0; k < perArticle; k++)
      addPassage(
        archive,
        id,
        SENTENCES[k % SENTENCES.length],
        cycle[(i + k) % cycle.length],
        k % 2 ? '' : `Ghi chú ${i + 1}.${k + 1}: đối chiếu với số liệu của sở.`
      )
  }
  return ids
}
