// Deterministic generator of Vietnamese-like news articles (~8 KB), as drafts, text clips or HTML pages.
import { assembleBlocks, type ArticleDraft } from '../src/core/text/model'
import { intBetween, mulberry32, pick, seedOf, type Rng } from './prng'
import { buildVocabulary, drawRank, type Vocabulary } from './vietnamese-vocabulary'

/** Bump when the output changes: cached benchmark archives are keyed by it. */
export const GENERATOR_VERSION = 3

let shared: Vocabulary | null = null
export function vocabulary(): Vocabulary {
  shared ??= buildVocabulary()
  return shared
}

const SOURCES = [
  'Báo Cần Thơ',
  'Tin Miền Tây',
  'Thời báo Đồng bằng',
  'Nhật báo Phương Nam',
  'Tạp chí Kinh tế Vùng'
]
const CATEGORIES = ['Thời sự', 'Kinh tế', 'Xã hội', 'Đối ngoại', 'Nông nghiệp', 'Văn hóa']

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function sentence(vocab: Vocabulary, rng: Rng, min = 8, max = 22): string {
  const n = intBetween(rng, min, max)
  const words: string[] = []
  for (let i = 0; i < n; i++) {
    words.push(vocab.words[drawRank(vocab, rng)])
    if (i > 2 && i < n - 2 && rng() < 0.08) words[words.length - 1] += ','
  }
  return `${capitalize(words.join(' '))}.`
}

export interface GeneratedArticle {
  title: string
  paragraphs: string[]
  headings: Map<number, string>
  source: string
  category: string
  publishedAt: string
}

/** Article `index` of the stream; roughly `targetBytes` of UTF-8 body text. */
export function generateArticle(index: number, targetBytes = 8192, stream = 'news'): GeneratedArticle {
  const vocab = vocabulary()
  const rng = mulberry32(seedOf(stream, index, GENERATOR_VERSION))
  const title = `${sentence(vocab, rng, 6, 12).slice(0, -1)} (${index})`
  const paragraphs: string[] = []
  const headings = new Map<number, string>()
  let bytes = 0
  while (bytes < targetBytes) {
    if (paragraphs.length > 0 && paragraphs.length % 5 === 0 && !headings.has(paragraphs.length))
      headings.set(paragraphs.length, sentence(vocab, rng, 3, 6).slice(0, -1))
    const p = Array.from({ length: intBetween(rng, 3, 6) }, () => sentence(vocab, rng)).join(' ')
    paragraphs.push(p)
    bytes += Buffer.byteLength(p) + 2
  }
  const day = 1 + (index % 28)
  return {
    title,
    paragraphs,
    headings,
    source: pick(rng, SOURCES),
    category: pick(rng, CATEGORIES),
    publishedAt: `20${10 + (index % 16)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
}

export function toDraft(a: GeneratedArticle): ArticleDraft {
  const pieces: { kind: 'heading' | 'paragraph'; text: string }[] = []
  a.paragraphs.forEach((p, i) => {
    const h = a.headings.get(i)
    if (h) pieces.push({ kind: 'heading', text: h })
    pieces.push({ kind: 'paragraph', text: p })
  })
  const { body, blocks } = assembleBlocks(pieces)
  return { title: a.title, body, blocks, source: a.source, category: a.category, publishedAt: a.publishedAt }
}

/** The article as a plain-text clip: title line, then paragraphs and short heading lines. */
export function toTextClip(a: GeneratedArticle): string {
  const lines = [a.title, '']
  a.paragraphs.forEach((p, i) => {
    const h = a.headings.get(i)
    if (h) lines.push(h, '')
    lines.push(p, '')
  })
  lines.push(`Nguồn: ${a.source}`)
  return lines.join('\n')
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The article as a saved news page with navigation, a share bar and comments around it. */
export function toHtmlPage(a: GeneratedArticle): string {
  const body = a.paragraphs
    .map((p, i) => (a.headings.has(i) ? `<h2>${esc(a.headings.get(i)!)}</h2>\n` : '') + `<p>${esc(p)}</p>`)
    .join('\n')
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)} - ${esc(a.source)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${esc(a.source)}">
<meta property="article:published_time" content="${a.publishedAt}T07:00:00+07:00">
<meta property="article:section" content="${esc(a.category)}"></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="meta">${esc(a.category)} · ${a.publishedAt}</p>
${body}
</article><div class="share">Chia sẻ Facebook Twitter</div>
<section class="comments"><h3>Bình luận</h3><p>Bài viết rất hay.</p></section></main>
<footer>© ${esc(a.source)}</footer><script>var x = 1;</script></body></html>`
}
