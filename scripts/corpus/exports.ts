// exports: the seed article with one passage per theme exports to a PDF whose text (pdftotext) has the
// title and every passage word for word, whose highlights (pdfjs) carry the theme colours, whose page
// images show the three shading colours, and which qpdf --check accepts; the theme brief likewise.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive } from '../../src/core/archive'
import { importPaths } from '../../src/core/import/import-batch'
import { createPassage } from '../../src/core/passages/passage-write'
import { exportArticlePdf, exportThemeBrief } from '../../src/core/export'
import { readPdf } from '../../src/core/export/pdf/read-pdf'
import { SHADE_STRENGTH, parseHex, tint } from '../../src/core/export/pdf/colors'
import type { CorpusCheck, CorpusExpectation } from './corpus-types'

/**
 * One passage per theme, picked from the imported seed itself (nothing of the corpus is copied here):
 * the first sentence of the second paragraph under each of the first three section headings, tagged
 * with the default theme of the same position (the seed's sections are the three themes, in order).
 */
function seedPassages(
  body: string,
  blocks: { kind: string; start: number; end: number }[],
  themeNames: string[]
): { theme: string; text: string; start: number }[] {
  const headings = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'heading')
  return headings.slice(0, themeNames.length).map(({ i }, k) => {
    const paragraphs = blocks.slice(i + 1).filter((b) => b.kind === 'paragraph')
    const block = paragraphs[1] ?? paragraphs[0]
    const text = body.slice(block.start, block.end)
    const stop = text.search(/[.!?…](\s|$)/)
    return { theme: themeNames[k], text: stop > 0 ? text.slice(0, stop + 1) : text, start: block.start }
  })
}

/** The seed's headline: its first line when a category line is above it, as the text-clip shape says. */
function seedTitle(path: string): string {
  const lines = readFileSync(path, 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return lines[1]
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim()

function run(cmd: string, args: string[]): { ok: boolean; out: string } | null {
  const r = spawnSync(cmd, args, { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 })
  if (r.error) return null
  return { ok: r.status === 0, out: r.stdout }
}

/** Pixels of each colour in the page images (pdftoppm, PPM), within a small tolerance. */
function countColours(pdf: string, colours: string[]): number[] | null {
  const r = spawnSync('pdftoppm', ['-r', '40', pdf], { maxBuffer: 256 * 1024 * 1024 })
  if (r.error || r.status !== 0) return null
  const data: Buffer = r.stdout
  const targets = colours.map(parseHex)
  const counts = colours.map(() => 0)
  let pos = 0
  while (pos < data.length) {
    // P6\n<w> <h>\n255\n<rgb bytes>, one image per page, concatenated.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(pos, pos + 40).toString('latin1'))
    if (!header) break
    const start = pos + header[0].length
    const end = start + Number(header[1]) * Number(header[2]) * 3
    for (let i = start; i < end; i += 3)
      targets.forEach(([r0, g0, b0], k) => {
        if (Math.abs(data[i] - r0) <= 6 && Math.abs(data[i + 1] - g0) <= 6 && Math.abs(data[i + 2] - b0) <= 6)
          counts[k]++
      })
    pos = end
  }
  return counts
}

export const checkExports: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const seed = join(corpusDir, 'seed', 'can-tho-hop-tac-20-nam.txt')
  const archive = openArchive(join(tempDir, 'exports.sqlite'))
  const expectations: CorpusExpectation[] = []
  const expect = (name: string, ok: boolean, detail: string): void =>
    void expectations.push({ name, ok, detail })
  try {
    const TITLE = seedTitle(seed)
    const imported = await importPaths(archive, [seed])
    const article = archive.db.prepare('SELECT id, body, blocks FROM articles WHERE title = ?').get(TITLE) as
      { id: number; body: string; blocks: string } | undefined
    expect('the seed imports with its title', Boolean(article), article ? TITLE : 'not found')
    if (!article) return section(imported.counts, expectations)
    const themes = archive.db.prepare('SELECT id, name, color FROM themes ORDER BY position, id').all() as {
      id: number
      name: string
      color: string
    }[]
    const PASSAGES = seedPassages(
      article.body,
      JSON.parse(article.blocks),
      themes.map((t) => t.name)
    )
    expect(
      'the seed has a section per theme',
      PASSAGES.length === themes.length,
      `${PASSAGES.length} sections`
    )
    for (const p of PASSAGES) {
      const theme = themes.find((t) => t.name === p.theme)
      if (!theme) throw new Error(`no theme ${p.theme}`)
      createPassage(archive, {
        articleId: article.id,
        start: p.start,
        end: p.start + p.text.length,
        themeIds: [theme.id],
        note: `${p.theme}: ghi chú thử.`
      })
    }
    const pdfPath = join(tempDir, 'seed.pdf')
    writeFileSync(pdfPath, await exportArticlePdf(archive, article.id, { author: 'Folio corpus' }))

    const text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])
    if (text) {
      const body = flat(Buffer.from(text.out, 'latin1').toString('utf8'))
      expect('pdftotext has the title', body.includes(TITLE), TITLE)
      const missing = PASSAGES.filter((p) => !body.includes(flat(p.text)))
      expect(
        'pdftotext has every passage exactly',
        missing.length === 0,
        missing.length ? `missing: ${missing[0].text}` : `${PASSAGES.length}/${PASSAGES.length}`
      )
    } else
      expect(
        'pdftotext has the title and passages',
        false,
        'pdftotext is not installed (apt-get install poppler-utils)'
      )

    const read = await readPdf(readFileSync(pdfPath))
    const highlights = read.annotations.filter((a) => a.subtype === 'Highlight')
    const coloured = PASSAGES.every((p) => {
      const t = themes.find((x) => x.name === p.theme)!
      return highlights.some(
        (h) => h.color.join() === parseHex(t.color).join() && h.contents.includes(p.theme)
      )
    })
    expect(
      'one Highlight per passage in its theme colour (pdfjs)',
      highlights.length === PASSAGES.length && coloured,
      `${highlights.length} highlights on ${read.pages} pages`
    )
    expect(
      'outline has the sections and the summary',
      read.outline.some((o) => o.title === 'Đoạn trích theo chủ đề') && read.outline.length >= 4,
      read.outline.map((o) => o.title).join(' | ')
    )

    const shades = PASSAGES.map((p) => tint(themes.find((t) => t.name === p.theme)!.color, SHADE_STRENGTH))
    const counts = countColours(pdfPath, shades)
    expect(
      'page images show the three theme colours',
      Boolean(counts && counts.every((n) => n > 300)),
      counts ? `pixels per colour: ${counts.join(', ')}` : 'pdftoppm is not installed'
    )

    const briefPath = join(tempDir, 'brief.pdf')
    writeFileSync(briefPath, await exportThemeBrief(archive, { kind: 'all' }, { title: 'Corpus brief' }))
    for (const [name, path] of [
      ['article PDF', pdfPath],
      ['theme brief', briefPath]
    ]) {
      const q = run('qpdf', ['--check', path])
      expect(
        `qpdf --check passes (${name})`,
        Boolean(q?.ok),
        q ? (q.ok ? 'no errors' : q.out.split('\n')[0]) : 'qpdf is not installed'
      )
    }
    return section(imported.counts, expectations)
  } finally {
    archive.close()
  }
}

function section(
  counts: Record<'imported' | 'duplicate' | 'refused' | 'failed', number>,
  expectations: CorpusExpectation[]
) {
  return {
    name: 'exports',
    files: 1,
    imported: counts.imported,
    duplicates: counts.duplicate,
    refused: counts.refused,
    failed: counts.failed,
    titlesMatched: 0,
    titlesTotal: 0,
    expectations
  }
}
