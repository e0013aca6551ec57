// Test fixtures for search: short Vietnamese (and one English) articles written for these tests,
// one stored as NFD, with themes, passages and a collection to filter on. Used only by *.test.ts.
import { openArchive, type Archive } from '../archive'
import { insertArticle } from '../articles/article-store'

export interface FixtureArticle {
  key: string
  title: string
  body: string
  source?: string
  category?: string
  publishedAt?: string
  language?: string
  /** Store the text as NFD, bypassing the importer's NFC normalisation. */
  nfd?: boolean
}

export const FIXTURES: FixtureArticle[] = [
  {
    key: 'dangbo',
    title: 'Đảng bộ tỉnh họp bàn kế hoạch năm mới',
    body:
      'Sáng 5/1, Đảng bộ tỉnh tổ chức hội nghị tổng kết công tác năm cũ.\n' +
      'Các đại biểu thống nhất đẩy mạnh hợp tác quốc tế và cải cách hành chính.\n' +
      'Hội nghị cũng bàn về việc phát triển nông nghiệp sạch.',
    source: 'baotinh.vn',
    category: 'Thời sự',
    publishedAt: '2023-01-05',
    language: 'vi'
  },
  {
    key: 'hop-qua',
    title: 'Hộp quà tặng cho trẻ em vùng lũ',
    body:
      'Nhóm thiện nguyện trao 300 hộp quà cho học sinh vùng lũ.\n' +
      'Mỗi hộp gồm sách vở, áo ấm và bánh kẹo. Các em rất vui.',
    source: 'tintre.vn',
    category: 'Xã hội',
    publishedAt: '2022-11-20',
    language: 'vi'
  },
  {
    key: 'can-tho',
    title: 'Cần Thơ đẩy mạnh liên kết vùng',
    body:
      'Thành phố Cần Thơ giữ vai trò trung tâm của vùng Đồng bằng sông Cửu Long (ĐBSCL).\n' +
      'Lãnh đạo thành phố cho biết hợp tác quốc tế và đối ngoại là nhiệm vụ quan trọng.\n' +
      'Năm nay, thành phố ký thêm nhiều bản ghi nhớ hợp tác với các tỉnh trong vùng.',
    source: 'baotinh.vn',
    category: 'Kinh tế',
    publishedAt: '2024-01-02',
    language: 'vi'
  },
  {
    key: 'nfd',
    title: 'Hợp tác kinh tế vùng Tây Nguyên',
    body:
      'Các tỉnh Tây Nguyên bàn chuyện hợp tác kinh tế và đối ngoại.\n' +
      'Đảng ủy khối doanh nghiệp đề nghị mở rộng thị trường cà phê.',
    source: 'taynguyen.vn',
    category: 'Kinh tế',
    publishedAt: '2023-06-15',
    language: 'vi',
    nfd: true
  },
  {
    key: 'dang-river',
    title: 'Dang valley festival',
    body: 'The Dang valley in Nepal holds a spring festival. Dang farmers sell rice and honey.',
    source: 'example.org',
    category: 'Travel',
    publishedAt: '2021-04-01',
    language: 'en'
  },
  {
    key: 'upper',
    title: 'ĐẢNG VIÊN TRẺ VỚI PHONG TRÀO TÌNH NGUYỆN',
    body:
      'Nhiều đảng viên trẻ tham gia phong trào tình nguyện hè.\n' +
      'Đoàn viên và ĐẢNG VIÊN cùng dọn vệ sinh kênh rạch ở ĐbScL.',
    source: 'tintre.vn',
    category: 'Xã hội',
    publishedAt: '2023-07-01',
    language: 'vi'
  },
  {
    key: 'hop-dong',
    title: 'Hợp đồng mua bán điện mặt trời',
    body:
      'Hợp tác xã nông nghiệp ký hợp đồng bán điện. Dịch covid-19 làm chậm tiến độ.\n' +
      'Các bên họp nhiều lần trước khi ký.',
    source: 'nangluong.vn',
    category: 'Kinh tế',
    publishedAt: '2020-09-09',
    language: 'vi'
  }
]

export interface FixtureArchive {
  archive: Archive
  id: Record<string, number>
  /** Theme ids by name, collection id, as set up below. */
  themes: { links: number; foreign: number }
  collection: number
}

/** A fresh in-memory archive with the fixtures, two themes with passages and a collection. */
export function openFixtureArchive(): FixtureArchive {
  const archive = openArchive(':memory:')
  const db = archive.db
  const id: Record<string, number> = {}
  for (const f of FIXTURES) {
    if (f.nfd) {
      const info = db
        .prepare(
          `INSERT INTO articles (title, body, source, category, published_at, language, content_hash)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          f.title.normalize('NFD'),
          f.body.normalize('NFD'),
          f.source,
          f.category,
          f.publishedAt,
          f.language,
          `fixture-${f.key}`
        )
      id[f.key] = Number(info.lastInsertRowid)
    } else {
      const out = insertArticle(archive, {
        title: f.title,
        body: f.body,
        blocks: [],
        source: f.source,
        category: f.category,
        publishedAt: f.publishedAt,
        language: f.language
      })
      id[f.key] = out.id
    }
  }
  const theme = (name: string): number =>
    Number(db.prepare(`INSERT INTO themes (name, color) VALUES (?, '#336699')`).run(name).lastInsertRowid)
  const links = theme('Test links')
  const foreign = theme('Test foreign')
  const passage = (key: string, themeId: number): void => {
    const p = db
      .prepare(`INSERT INTO passages (article_id, start, end, exact) VALUES (?, 0, 5, 'x')`)
      .run(id[key])
    db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)').run(
      p.lastInsertRowid,
      themeId
    )
  }
  passage('can-tho', links)
  passage('can-tho', foreign)
  passage('dangbo', foreign)
  const collection = Number(
    db.prepare(`INSERT INTO collections (name) VALUES ('Đọc sau')`).run().lastInsertRowid
  )
  for (const key of ['hop-qua', 'can-tho'])
    db.prepare('INSERT INTO collection_articles (collection_id, article_id) VALUES (?, ?)').run(
      collection,
      id[key]
    )
  return { archive, id, themes: { links, foreign }, collection }
}
