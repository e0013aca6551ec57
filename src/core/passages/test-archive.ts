// Test helpers shared by the passages, themes, suggest and analysis tests: a fresh in-memory archive
// and a Vietnamese article in three sections (composed for these tests) that mirrors the seed's shape.
import { openArchive, type Archive } from '../archive'
import { insertArticle } from '../articles/article-store'
import { assembleBlocks, type ArticleDraft, type BlockKind } from '../text/model'

export function openTestArchive(): Archive {
  return openArchive(':memory:')
}

export type Pieces = { kind: BlockKind; text: string }[]

export const SECTIONED_PIECES: Pieces = [
  {
    kind: 'lede',
    text: 'Năm 2024, tỉnh Vĩnh Long xác định hợp tác liên kết vùng và đối ngoại là hai nhiệm vụ then chốt để phát triển.'
  },
  { kind: 'heading', text: 'Liên kết vùng ngày càng thực chất' },
  {
    kind: 'paragraph',
    text: 'Tỉnh đã phối hợp với các tỉnh trong vùng Đồng bằng sông Cửu Long xây dựng quy hoạch vùng và danh mục dự án giao thông liên vùng.'
  },
  {
    kind: 'paragraph',
    text: 'Nhờ đó, mối liên kết giữa tỉnh với các địa phương lân cận được cải thiện rõ rệt trong nông nghiệp và du lịch.'
  },
  { kind: 'heading', text: 'Đối ngoại và hội nhập quốc tế' },
  {
    kind: 'paragraph',
    text: 'Tỉnh đón nhiều đoàn khách quốc tế, ký kết 15 bản ghi nhớ với đối tác nước ngoài và tham gia hai diễn đàn ngoại giao kinh tế.'
  },
  {
    kind: 'paragraph',
    text: 'Các tổ chức phi chính phủ nước ngoài hỗ trợ tỉnh nhiều dự án về nước sạch và giáo dục.'
  },
  { kind: 'heading', text: 'Phương hướng trong thời gian tới' },
  {
    kind: 'paragraph',
    text: 'Thứ nhất, tỉnh sẽ tiếp tục nâng cao hiệu quả các chương trình đã triển khai và đặt mục tiêu tăng trưởng bền vững.'
  },
  {
    kind: 'paragraph',
    text: 'Thứ hai, tỉnh đẩy mạnh cải cách hành chính để thu hút đầu tư trong giai đoạn mới.'
  }
]

export function draftOf(title: string, pieces: Pieces, extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return { title, ...assembleBlocks(pieces), ...extra }
}

export function addArticle(
  archive: Archive,
  title = 'Vĩnh Long: Kết quả hợp tác năm 2024',
  pieces: Pieces = SECTIONED_PIECES,
  extra: Partial<ArticleDraft> = {}
): number {
  const res = insertArticle(archive, draftOf(title, pieces, extra))
  if (res.kind !== 'imported') throw new Error('fixture article was a duplicate')
  return res.id
}

/** [start, end) of the first occurrence of `text` in article `id`'s body. */
export function rangeOf(archive: Archive, id: number, text: string): { start: number; end: number } {
  const { body } = archive.db.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }
  const start = body.indexOf(text)
  if (start < 0) throw new Error(`fixture: "${text}" not in article ${id}`)
  return { start, end: start + text.length }
}
