import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { blockText } from '../text/model'
import { extractHtml } from './html-extract'

const PARA = [
  'Thành phố Cần Thơ và các tỉnh Đồng bằng sông Cửu Long ký kết chương trình hợp tác phát triển giao thông, logistics và du lịch giai đoạn mới.',
  'Theo lãnh đạo thành phố, liên kết vùng giúp các địa phương chia sẻ hạ tầng, tránh đầu tư trùng lặp và thu hút thêm vốn từ doanh nghiệp trong và ngoài nước.',
  'Các bên thống nhất thành lập tổ công tác chung, họp định kỳ mỗi quý để theo dõi tiến độ và tháo gỡ vướng mắc cho nhà đầu tư.',
  'Trong năm tới, thành phố ưu tiên hoàn thiện tuyến cao tốc, nâng cấp cảng biển và mở thêm đường bay quốc tế đến các nước trong khu vực.'
]

function articlePage(extraHead = '', charsetMeta = '<meta charset="utf-8">'): string {
  return `<!doctype html><html lang="vi"><head>${charsetMeta}
<title>Cần Thơ mở rộng liên kết vùng | Báo Mẫu</title>
<meta property="og:title" content="Cần Thơ mở rộng liên kết vùng">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2025-05-02T07:30:00+07:00">
<meta property="article:section" content="Thời sự">
<meta name="author" content="Nguyễn Văn An">
<link rel="canonical" href="https://bao-mau.example/can-tho-lien-ket-vung.html">
${extraHead}
<script>var tracking = "Không được lọt vào bài";</script><style>.x{color:red}</style></head>
<body><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article><h1>Cần Thơ mở rộng liên kết vùng</h1>
<div class="share-bar"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Zalo</a> Chia sẻ bài viết này với bạn bè</div>
<p>${PARA[0]}</p><p>${PARA[1]}</p>
<h2>Tổ công tác chung</h2><p>${PARA[2]}</p>
<figure><img src="a.jpg"><figcaption>Cầu Cần Thơ nhìn từ trên cao. (Ảnh: Báo Mẫu)</figcaption></figure>
<blockquote><p>Liên kết vùng là con đường tất yếu để cùng phát triển bền vững.</p></blockquote>
<ul><li>Hoàn thiện tuyến cao tốc</li><li>Nâng cấp cảng biển</li></ul>
<p>${PARA[3]}</p>
<form><input name="q"><button>Gửi</button></form>
<section id="comments" class="comments"><h3>Bình luận</h3><p>Độc giả A: Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích này cho bạn đọc cả nước.</p></section>
</article><footer>© Báo Mẫu. Mọi quyền được bảo lưu.</footer></body></html>`
}

describe('extractHtml', () => {
  it('keeps the article with its metadata and block kinds, and no page chrome', () => {
    const { draft, encoding } = extractHtml(Buffer.from(articlePage()))
    expect(encoding).toBe('utf-8')
    expect(draft.title).toBe('Cần Thơ mở rộng liên kết vùng')
    expect(draft).toMatchObject({
      author: 'Nguyễn Văn An',
      source: 'Báo Mẫu',
      publishedAt: '2025-05-02T07:30:00+07:00',
      category: 'Thời sự',
      url: 'https://bao-mau.example/can-tho-lien-ket-vung.html',
      language: 'vi'
    })
    const kinds = draft.blocks.map((b) => `${b.kind}:${blockText(draft.body, b).slice(0, 20)}`)
    expect(kinds).toEqual([
      `paragraph:${PARA[0].slice(0, 20)}`,
      `paragraph:${PARA[1].slice(0, 20)}`,
      'heading:Tổ công tác chung',
      `paragraph:${PARA[2].slice(0, 20)}`,
      'caption:Cầu Cần Thơ nhìn từ ',
      'quote:Liên kết vùng là con',
      'list-item:Hoàn thiện tuyến cao',
      'list-item:Nâng cấp cảng biển',
      `paragraph:${PARA[3].slice(0, 20)}`
    ])
    for (const chrome of [
      'Chia sẻ',
      'tracking',
      'Bình luận',
      'Độc giả',
      'Gửi',
      'Trang chủ',
      'quyền được bảo lưu'
    ])
      expect(draft.body).not.toContain(chrome)
    expect(draft.body).toBe(draft.body.normalize('NFC'))
  })

  it('reads JSON-LD and breadcrumbs when meta tags are missing, entities decoded', () => {
    const ld = `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ti&#234;u đề","datePublished":"2025-01-02 08:15:00","author":{"@type":"Person","name":"Trần Thị Bình"}}</script>
<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Trang chủ"},{"@type":"ListItem","position":2,"name":"Kinh tế"}]}</script>`
    const page = articlePage(ld).replace(/<meta (property="article:|name="author)[^>]*>/g, '')
    const { draft } = extractHtml(Buffer.from(page))
    expect(draft.author).toBe('Trần Thị Bình')
    expect(draft.publishedAt).toBe('2025-01-02T08:15:00')
    expect(draft.category).toBe('Kinh tế')
  })

  it('refuses a list page as not an article', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="item"><h3><a href="/bai-${i}.html">Tin số ${i}: thành phố triển khai dự án giao thông mới</a></h3><p>0${(i % 9) + 1}/05/2025 08:${10 + i}</p></div>`
    ).join('\n')
    const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thời sự</title></head><body><main>${items}</main></body></html>`
    expect(() => extractHtml(Buffer.from(page))).toThrow(/not an article/)
  })

  it('refuses a page with no text', () => {
    expect(() => extractHtml(Buffer.from('<html><head><title>x</title></head><body></body></html>'))).toThrow(
      /No article text|not an article/
    )
  })

  it('decodes a page by its declared legacy charset', () => {
    const html = articlePage('', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    const cp1258 = [...html]
      .map((c) => {
        const d = c.normalize('NFD')
        const tone = d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? ''
        return d.replace(tone, '').normalize('NFC') + tone
      })
      .join('')
    const { draft, encoding } = extractHtml(iconv.encode(cp1258, 'windows1258'))
    expect(encoding).toBe('windows-1258')
    expect(draft.title).toBe('Cần Thơ mở rộng liên kết vùng')
    expect(draft.body).toContain(PARA[1])
  })

  it('imports a page that declares one charset but is stored as UTF-8', () => {
    const html = articlePage('', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    const { draft, encoding } = extractHtml(Buffer.from(html, 'utf8'))
    expect(encoding).toBe('utf-8')
    expect(draft.body).toContain(PARA[0])
  })

  it('refuses HTML nested 50,000 levels deep quickly', () => {
    const n = 50000
    const html =
      '<html><body>' + '<div>'.repeat(n) + '<p>Sâu quá.</p>' + '</div>'.repeat(n) + '</body></html>'
    expect(() => extractHtml(Buffer.from(html))).toThrow(/nested more than 1000 levels/)
  })
})
