// Hostile files through every importer: each is imported or refused with one clear line, never a crash
// or a "failed"; the good file beside it in the same batch is always imported; the archive stays whole.
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive, type Archive } from '../core/archive'
import { getArticle } from '../core/articles/article-store'
import { importPaths } from '../core/import/import-batch'
import { removeTempDirs, tempDir } from '../core/safety/test-fixtures'
import {
  BOM,
  clip,
  CONTROL_NOTE,
  GOOD_PARAGRAPH,
  longParagraph,
  longWord,
  RTL_TITLE,
  ZERO_WIDTH_TITLE
} from './hostile-text'
import { minimalDocx } from './minimal-docx'

afterEach(removeTempDirs)

type Expect = 'imported' | 'refused' | 'imported-or-refused'
type Article = ReturnType<typeof getArticle>

interface Case {
  name: string
  file: string
  bytes: () => Uint8Array | string
  expect: Expect
  message?: RegExp
  check?: (a: Article, archive: Archive) => void
}

const html = (body: string, head = '<meta charset="utf-8"><title>Trang</title>') =>
  `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`
const articleHtml = (title: string, extra = '') =>
  html(
    `<article><h1>${title}</h1>${extra}${`<p>${GOOD_PARAGRAPH}</p>`.repeat(8)}</article>`,
    `<meta charset="utf-8"><title>${title}</title>`
  )
const visible = (s: string) => s.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')

const CASES: Case[] = [
  {
    name: 'RTL overrides in a text title',
    file: 'rtl.txt',
    bytes: () => clip(RTL_TITLE, GOOD_PARAGRAPH, GOOD_PARAGRAPH),
    expect: 'imported',
    check: (a) => expect(visible(a.title)).toContain('Cần Thơ')
  },
  {
    name: 'zero-width characters in a text title',
    file: 'zero-width.txt',
    bytes: () => clip(ZERO_WIDTH_TITLE, GOOD_PARAGRAPH),
    expect: 'imported',
    check: (a) => expect(visible(a.title)).toBe('Đồng bằng sông Cửu Long')
  },
  {
    name: 'a 2 MB paragraph',
    file: 'long-paragraph.txt',
    bytes: () => clip('Một đoạn văn rất dài', longParagraph(2 * 1024 * 1024) + ' kếtthúcđoạn'),
    expect: 'imported',
    check: (a) => {
      expect(Buffer.byteLength(a.body)).toBeGreaterThan(2 * 1024 * 1024)
      expect(a.body.endsWith('kếtthúcđoạn')).toBe(true)
    }
  },
  {
    name: 'a 1 MB word without a break',
    file: 'long-word.txt',
    bytes: () => clip('Một từ rất dài', longWord(1024 * 1024)),
    expect: 'imported-or-refused'
  },
  {
    name: 'control characters in the text',
    file: 'controls.txt',
    bytes: () => clip('Ký tự điều khiển', CONTROL_NOTE.replace('\u0000', ''), GOOD_PARAGRAPH),
    expect: 'imported',
    check: (a) => expect(a.body).toContain('màu ANSI')
  },
  {
    name: 'NUL bytes',
    file: 'nul.txt',
    bytes: () => `Tiêu đề\n\nCó\u0000\u0000\u0000 byte NUL\u0000`,
    expect: 'refused',
    message: /not text|binary|NUL/i
  },
  { name: 'an empty file', file: 'empty.txt', bytes: () => '', expect: 'refused', message: /empty/i },
  { name: 'only a BOM and spaces', file: 'bom.txt', bytes: () => `${BOM}   \n\n  \t\n`, expect: 'refused' },
  {
    name: 'invalid UTF-8 in a file that looks like UTF-8',
    file: 'bad-utf8.txt',
    bytes: () =>
      Buffer.concat([
        Buffer.from('Tiêu đề hỏng\n\nĐoạn văn '),
        Buffer.from([0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from(' tiếp theo.\n')
      ]),
    expect: 'imported-or-refused'
  },
  {
    name: 'UTF-16LE without a BOM',
    file: 'utf16.txt',
    bytes: () => Buffer.from(clip('Tin Cần Thơ', GOOD_PARAGRAPH), 'utf16le'),
    expect: 'imported',
    check: (a) => expect(a.body).toContain('đồng bằng sông Cửu Long')
  },
  {
    name: 'a 10,000-character title line',
    file: 'long-title.txt',
    bytes: () => clip('Tiêu đề '.repeat(1250), GOOD_PARAGRAPH),
    expect: 'imported-or-refused'
  },
  {
    name: 'a file name with spaces, Vietnamese letters, RTL and emoji',
    file: `bài báo ${'\u202E'}gpj.txt 🎉 đặc biệt.txt`,
    bytes: () => clip('Tên tệp lạ', GOOD_PARAGRAPH),
    expect: 'imported',
    check: (a) => expect(a.originalName).toContain('đặc biệt')
  },
  {
    name: 'a file name with a newline',
    file: 'dòng\nmới.txt',
    bytes: () => clip('Tên tệp có xuống dòng', GOOD_PARAGRAPH),
    expect: 'imported'
  },
  {
    name: 'a file over the size limit',
    file: 'huge.txt',
    bytes: () => 'a '.repeat(11 * 1024 * 1024),
    expect: 'refused',
    message: /too large/i
  },
  {
    name: 'an archive file dropped into the batch',
    file: 'other.sqlite',
    bytes: () => 'SQLite format 3\u0000',
    expect: 'refused'
  },
  {
    name: 'HTML with only scripts',
    file: 'scripts.html',
    bytes: () => html('<script>alert(1)</script><style>p{}</style>'),
    expect: 'refused'
  },
  {
    name: 'HTML nested 50,000 levels deep',
    file: 'deep.html',
    bytes: () => html('<div>'.repeat(50_000) + GOOD_PARAGRAPH + '</div>'.repeat(50_000)),
    expect: 'imported-or-refused'
  },
  {
    name: 'HTML with an RTL title and scripts inside the article',
    file: 'rtl.html',
    bytes: () =>
      articleHtml(
        RTL_TITLE,
        '<script>document.write("xấu")</script><p onclick="alert(2)">Nhấn <a href="javascript:alert(3)">đây</a>.</p>'
      ),
    expect: 'imported-or-refused',
    check: (a) => {
      expect(a.body).not.toMatch(/document\.write|alert\(/)
      expect(visible(a.title)).toContain('Cần Thơ')
    }
  },
  {
    name: 'HTML with a 1 MB attribute',
    file: 'attribute.html',
    bytes: () =>
      articleHtml('Thuộc tính khổng lồ', `<p data-x="${'x'.repeat(1024 * 1024)}">Đoạn có thuộc tính.</p>`),
    expect: 'imported-or-refused',
    check: (a) => expect(a.body).not.toContain('xxxxxxxxxx')
  },
  {
    name: 'HTML declaring windows-1258 but stored as UTF-8',
    file: 'charset-lie.html',
    bytes: () => articleHtml('Hợp tác quốc tế').replace('charset="utf-8"', 'charset="windows-1258"'),
    expect: 'imported-or-refused',
    check: (a) => expect(a.body).toContain('đồng bằng sông Cửu Long')
  },
  {
    name: 'a PNG renamed .html',
    file: 'image.html',
    bytes: () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]),
    expect: 'refused'
  },
  {
    name: 'Markdown quotes nested 10,000 deep',
    file: 'deep.md',
    bytes: () => `# Trích dẫn lồng nhau\n\n${'>'.repeat(10_000)} ${GOOD_PARAGRAPH}\n\n${GOOD_PARAGRAPH}\n`,
    expect: 'imported-or-refused'
  },
  {
    name: 'Markdown with raw HTML and a script',
    file: 'raw.md',
    bytes: () => `# Bài có HTML\n\n<script>alert(1)</script>\n\n<b onclick="x()">đậm</b> ${GOOD_PARAGRAPH}\n`,
    expect: 'imported-or-refused',
    check: (a) => expect(a.body).not.toContain('<script')
  },
  {
    name: 'a .docx that is not a zip',
    file: 'fake.docx',
    bytes: () => 'Đây không phải tệp Word',
    expect: 'refused'
  },
  {
    name: 'a .docx with an RTL title and zero-width characters',
    file: 'word.docx',
    bytes: () => minimalDocx(RTL_TITLE, [ZERO_WIDTH_TITLE, GOOD_PARAGRAPH]),
    expect: 'imported',
    check: (a) => expect(a.body).toContain('đồng bằng sông Cửu Long')
  },
  {
    name: 'a .docx with control characters in its XML text',
    file: 'controls.docx',
    bytes: () =>
      minimalDocx('Ký tự điều khiển trong Word', [`Chuông\u0007 và thoát\u001b ${GOOD_PARAGRAPH}`]),
    expect: 'imported-or-refused'
  }
]

async function runCase(c: Case) {
  const dir = tempDir('folio-hostile-')
  const input = join(dir, 'in')
  mkdirSync(input)
  const hostile = join(input, c.file)
  writeFileSync(hostile, c.bytes())
  writeFileSync(join(input, 'zz-good.txt'), clip('Bài tốt đi kèm', GOOD_PARAGRAPH, GOOD_PARAGRAPH))
  const archive = openArchive(join(dir, 'archive.sqlite'))
  const result = await importPaths(archive, [input])
  return { archive, result, hostile }
}

describe('hostile files at import', () => {
  for (const c of CASES) {
    it(
      c.name,
      async () => {
        const { archive, result, hostile } = await runCase(c)
        try {
          const mine = result.outcomes.find((o) => o.file === hostile)!
          const good = result.outcomes.find((o) => o.file.endsWith('zz-good.txt'))!
          expect(good.outcome).toBe('imported')
          expect(mine.outcome, mine.message).not.toBe('failed')
          if (c.expect !== 'imported-or-refused') expect(mine.outcome, mine.message).toBe(c.expect)
          if (mine.outcome === 'refused') {
            expect(mine.message).toMatch(/\S/)
            expect(mine.message).not.toMatch(/\n| {4}at /)
            if (c.message) expect(mine.message).toMatch(c.message)
          }
          if (mine.outcome === 'imported' && c.check) c.check(getArticle(archive, mine.articleId!), archive)
          expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok')
          const logged = archive.db
            .prepare('SELECT count(*) AS n FROM imports WHERE batch_id = ?')
            .get(result.batchId) as { n: number }
          expect(logged.n).toBe(result.outcomes.length)
        } finally {
          archive.close()
        }
      },
      60_000
    )
  }

  it('a folder that links to itself', async () => {
    const dir = tempDir('folio-hostile-')
    const input = join(dir, 'in')
    mkdirSync(input)
    writeFileSync(join(input, 'bai.txt'), clip('Bài trong thư mục vòng', GOOD_PARAGRAPH))
    symlinkSync(input, join(input, 'loop'))
    const archive = openArchive(join(dir, 'archive.sqlite'))
    const result = await importPaths(archive, [input])
    expect(result.counts.imported).toBe(1)
    expect(result.counts.failed).toBe(0)
    expect(result.outcomes.length).toBeLessThan(50)
    archive.close()
  }, 60_000)
})
