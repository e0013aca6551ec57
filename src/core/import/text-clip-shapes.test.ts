// Table tests of the text-clip extractor over clips of several shapes, written for these tests.
import { describe, expect, it } from 'vitest'
import { extractTextClip } from './text-clip'
import type { ArticleDraft, BlockKind } from '../text/model'

const VI_CLIP = [
  'Tin kinh tế',
  '',
  'Hậu Giang: Mười năm xây dựng cảng cá',
  '',
  'Sau mười năm, cảng cá của tỉnh đã trở thành đầu mối giao thương của cả vùng.',
  '',
  'Tàu cá cập cảng vào sáng sớm ngày 2/3/2024. (Nguồn: Báo Hậu Giang)',
  '',
  'Đầu tư đồng bộ hạ tầng',
  '',
  'Tỉnh đã đầu tư hơn 200 tỷ đồng cho kè, bến và kho lạnh, kết nối với các tỉnh trong vùng.',
  '',
  'Hướng tới xuất khẩu',
  '',
  'Trong thời gian tới, tỉnh sẽ mời gọi doanh nghiệp nước ngoài tham gia chế biến thủy sản.',
  '',
  'Tác giả: NGUYỄN VĂN AN',
  '',
  'Nguồn tin: baohaugiang.vn',
  '',
  '',
  'BÀI MỚI ĐĂNG',
  '',
  'TOP'
].join('\n')

const EN_CLIP = [
  'World',
  '',
  'River cities sign a ten-year water pact',
  '',
  'By Jane Doe',
  '',
  'Four cities along the river agreed on Monday to share flood data and fund joint defences.',
  '',
  'Mayors at the signing in the old customs house. (Photo: City Hall)',
  '',
  'What the pact covers',
  '',
  'The agreement sets up a shared monitoring network and an emergency fund, with reviews every two years.',
  '',
  'Source: example-news.org',
  '',
  'Share',
  'Related articles'
].join('\r\n')

const NO_CATEGORY = [
  'Một tiêu đề không có chuyên mục',
  '',
  'Đoạn mở đầu dài hơn một câu, kể lại sự việc đã xảy ra trong tuần qua tại địa phương.',
  '',
  'Đoạn thứ hai tiếp tục câu chuyện với nhiều chi tiết hơn về những người tham gia.'
].join('\n')

const ONE_LINE_PER_PARAGRAPH = [
  'Headline without blank lines',
  'The first paragraph follows directly on the next line, as many copied clips do.',
  'The second paragraph is also a single line of text and ends with a full stop.'
].join('\n')

const UNTITLED = [
  'Người dân thu hoạch lúa trên cánh đồng mẫu lớn (Ảnh: Minh Hà).',
  '',
  'Vụ mùa năm nay đạt năng suất cao nhất trong năm năm trở lại đây.',
  '',
  'Giá lúa cũng tăng so với cùng kỳ.'
].join('\n')

type Expect = {
  title: string
  category?: string | null
  author?: string | null
  source?: string | null
  kinds: BlockKind[]
  headings?: string[]
  captionHas?: string
  absent?: string[]
}

const CASES: [string, string, Expect][] = [
  [
    'Vietnamese clip with category, caption, headings, author, source and chrome',
    VI_CLIP,
    {
      title: 'Hậu Giang: Mười năm xây dựng cảng cá',
      category: 'Tin kinh tế',
      author: 'NGUYỄN VĂN AN',
      source: 'baohaugiang.vn',
      kinds: ['lede', 'caption', 'heading', 'paragraph', 'heading', 'paragraph'],
      headings: ['Đầu tư đồng bộ hạ tầng', 'Hướng tới xuất khẩu'],
      captionHas: '(Nguồn: Báo Hậu Giang)',
      absent: ['BÀI MỚI ĐĂNG', 'TOP', 'Tác giả', 'Nguồn tin']
    }
  ],
  [
    'English clip with By/Source lines, CRLF endings and share chrome',
    EN_CLIP,
    {
      title: 'River cities sign a ten-year water pact',
      category: 'World',
      author: 'Jane Doe',
      source: 'example-news.org',
      kinds: ['lede', 'caption', 'heading', 'paragraph'],
      headings: ['What the pact covers'],
      captionHas: '(Photo: City Hall)',
      absent: ['Share', 'Related articles', 'By Jane', '\r']
    }
  ],
  [
    'clip without a category line',
    NO_CATEGORY,
    { title: 'Một tiêu đề không có chuyên mục', category: null, kinds: ['lede', 'paragraph'] }
  ],
  [
    'clip with one paragraph per line and no blank lines',
    ONE_LINE_PER_PARAGRAPH,
    { title: 'Headline without blank lines', category: null, kinds: ['lede', 'paragraph'] }
  ],
  [
    'clip without a headline keeps its first line as text and names the article by it',
    UNTITLED,
    {
      title: 'Người dân thu hoạch lúa trên cánh đồng mẫu lớn (Ảnh: Minh Hà).',
      category: null,
      kinds: ['caption', 'paragraph', 'paragraph'],
      captionHas: '(Ảnh: Minh Hà)'
    }
  ]
]

function kinds(d: ArticleDraft): BlockKind[] {
  return d.blocks.map((b) => b.kind)
}

describe('extractTextClip', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    const d = extractTextClip(text)
    expect(d.title).toBe(want.title)
    if (want.category !== undefined) expect(d.category ?? null).toBe(want.category)
    if (want.author !== undefined) expect(d.author ?? null).toBe(want.author)
    if (want.source !== undefined) expect(d.source ?? null).toBe(want.source)
    expect(kinds(d)).toEqual(want.kinds)
    const blockText = (k: BlockKind): string[] =>
      d.blocks.filter((b) => b.kind === k).map((b) => d.body.slice(b.start, b.end))
    if (want.headings) expect(blockText('heading')).toEqual(want.headings)
    if (want.captionHas) expect(blockText('caption').join(' ')).toContain(want.captionHas)
    for (const a of want.absent ?? []) expect(d.body).not.toContain(a)
    // Blocks tile the body in order and never overlap.
    for (let i = 1; i < d.blocks.length; i++) expect(d.blocks[i].start).toBeGreaterThan(d.blocks[i - 1].end)
  })

  it('reads NFD text as NFC', () => {
    const d = extractTextClip(VI_CLIP.normalize('NFD'))
    expect(d.title).toBe('Hậu Giang: Mười năm xây dựng cảng cá')
    expect(d.body).toBe(d.body.normalize('NFC'))
  })

  it('does not take a title that starts with "Bài" or "By" for an author line', () => {
    const d = extractTextClip(
      'Bài học từ mùa lũ năm nay\n\nNgười dân đã chủ động gia cố nhà cửa từ sớm.\n\nby the river, nothing moved.\n'
    )
    expect(d.title).toBe('Bài học từ mùa lũ năm nay')
    expect(d.author ?? null).toBeNull()
    expect(d.body).toContain('by the river')
  })

  it('returns an empty body for a clip with only chrome', () => {
    expect(extractTextClip('TOP\n\nShare').body).toBe('')
  })
})
