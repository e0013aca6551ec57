// Letters Be Vietnam Pro lacks (Greek, Cyrillic, phonetic and rarer Latin letters: the look-alikes a
// fake-news article uses to slip past filters) are drawn in Noto Sans, so they stay on the page and in
// its copied text, on the baseline of the words around them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertArticle } from '../../articles/article-store'
import type { Archive } from '../../archive'
import { addPassage, openFixtureArchive, themeIds } from '../test-fixture'
import { exportArticlePdf } from './article-pdf'
import { exportThemeBrief } from './theme-brief'
import { fontRuns, needsFallback } from './font-runs'
import { readPdf } from './read-pdf'
import { sharedFont } from './shared-fonts'

// Cyrillic Т and п, Latin ƈ and ɦ, Greek γ and ύ stand for Latin letters in Vietnamese words.
const LOOKALIKE = 'Тhủ tướпg ƈhia sẻ ɦọ nói γ ύ'
const TITLE = 'Тin giả về Москва và Αθήνα'

let archive: Archive
let id: number
beforeAll(() => {
  archive = openFixtureArchive()
  id = insertArticle(archive, {
    title: TITLE,
    body: `Đoạn đầu: ${LOOKALIKE}. Tiếp theo là tiếng Việt thường.`,
    blocks: [],
    source: 'báo Мир'
  }).id
  addPassage(archive, id, LOOKALIKE, [themeIds(archive).foreign], 'Ghi chú: Тест ύ')
})
afterAll(() => archive.close())

describe('letters the main font lacks', () => {
  it('stay in the article PDF: title, source, text and note', async () => {
    const read = await readPdf(await exportArticlePdf(archive, id))
    for (const s of [TITLE, 'báo Мир', LOOKALIKE, 'Ghi chú: Тест ύ']) expect(read.flatText).toContain(s)
  })

  it('stay in the theme brief: quote and citation', async () => {
    const read = await readPdf(await exportThemeBrief(archive, { kind: 'articles', articleIds: [id] }))
    expect(read.flatText).toContain(LOOKALIKE)
    expect(read.flatText).toContain(TITLE)
  })

  it('are drawn in the fallback face, a letter and its marks in one run', () => {
    const primary = sharedFont('regular')
    expect(needsFallback(primary, 'Đảng bộ ĐBSCL hợp tác quốc tế')).toBe(false)
    expect(needsFallback(primary, 'tướпg')).toBe(true)
    const runs = fontRuns('regular', primary, sharedFont('fallback-regular'), 'tướпg ύ\u0301x')
    expect(runs).toEqual([
      { face: 'regular', text: 'tướ' },
      { face: 'fallback-regular', text: 'п' },
      { face: 'regular', text: 'g ' },
      { face: 'fallback-regular', text: 'ύ\u0301' },
      { face: 'regular', text: 'x' }
    ])
  })
})
