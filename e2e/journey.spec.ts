// The researcher's journey, end to end in Chromium against the web host and a fresh archive:
// drop a clip → read → tag three sentences (mouse and keyboard) with notes → search without
// diacritics → accept a suggestion → dashboard → export the article PDF and the theme brief → read both.
import { test, expect } from './fixtures/folio-test'
import { NOTES, SEED_CLIP, SEED_TITLE, SENTENCES } from './fixtures/seed-clip'
import { download, dropFiles, selectByMouse, unaccent } from './fixtures/ui-helpers'
import { readPdf } from './fixtures/read-pdf'

test('import, tag, search, suggest, chart and export a seed-style article', async ({ page, folio }) => {
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)

  // Import by drag-and-drop onto the empty library.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible()
  await dropFiles(page, '[data-testid="drop-zone"]', [{ name: 'vinh-long.txt', text: SEED_CLIP }])
  const log = page.getByTestId('batch-log')
  await expect(log).toContainText('1 imported')
  await expect(log).toContainText(SEED_TITLE)
  await log.getByRole('button', { name: 'Open' }).click()

  // The reader shows the article's text with its sections as headings.
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible()
  const text = page.getByTestId('article-text')
  await expect(text.getByRole('heading', { name: 'Mở rộng hợp tác quốc tế' })).toBeVisible()
  await expect(text).not.toContainText('BÀI MỚI ĐĂNG')

  // 1. Mouse: select the first section's sentence, tick the theme, write a note, click Tag.
  await selectByMouse(page, SENTENCES.regional)
  const popover = page.getByTestId('tag-popover')
  await expect(popover).toBeVisible()
  await expect(popover.locator('blockquote')).toHaveText(SENTENCES.regional)
  await popover.getByLabel('Regional links').check()
  await popover.getByTestId('tag-note').fill(NOTES.regional)
  await popover.getByRole('button', { name: 'Tag', exact: true }).click()
  await expect(popover).toBeHidden()
  await expect(page.getByTestId('passage-item')).toHaveCount(1)

  // 2. Keyboard only: / to find (typed without diacritics), Enter, Esc, T to tag the match, 2, Enter.
  await text.focus()
  await page.keyboard.press('/')
  await expect(page.getByTestId('find-input')).toBeFocused()
  await page.keyboard.type(unaccent(SENTENCES.foreign))
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(text).toBeFocused()
  await page.keyboard.press('t')
  await expect(popover).toBeVisible()
  await expect(popover.locator('blockquote')).toHaveText(SENTENCES.foreign)
  await page.keyboard.press('2')
  await page.keyboard.press('Enter')
  await expect(popover).toBeHidden()
  await expect(page.getByTestId('passage-item')).toHaveCount(2)

  // 3. Mouse selection, then digit 3 from the keyboard and a note.
  await page.getByTestId('find-input').fill('')
  await selectByMouse(page, SENTENCES.outlook)
  await expect(popover).toBeVisible()
  await page.keyboard.press('3')
  await popover.getByTestId('tag-note').fill(NOTES.outlook)
  await page.keyboard.press('Enter')
  await expect(popover).toBeHidden()
  await expect(page.getByTestId('passage-item')).toHaveCount(3)

  // Highlights: three coloured runs, one per theme, and a coding stripe for each in the margin.
  await expect(text.locator('.hl')).toHaveCount(3)
  await expect(page.getByTestId('coding-stripe')).toHaveCount(3)

  // Search without diacritics and land on the tagged passage.
  await page.getByRole('button', { name: 'Library' }).click()
  await page.getByTestId('library-search').fill('doi ngoai')
  const hit = page.getByTestId('article-list').getByRole('button', { name: SEED_TITLE })
  await expect(hit).toBeVisible()
  await expect(page.getByTestId('article-list').locator('mark').first()).toBeVisible()
  // results come by relevance; they can also be listed by publication date, and back
  const sortBy = page.getByLabel('Sort by')
  await expect(sortBy).toHaveValue('relevance')
  await expect(sortBy.locator('option')).toHaveText(['Relevance', 'Newest first', 'Oldest first'])
  await sortBy.selectOption('newest')
  await expect(hit).toBeVisible()
  await sortBy.selectOption('relevance')
  await hit.click()
  const active = text.locator('.hl-active')
  await expect(active.first()).toBeVisible()
  // The active passage (all its pieces) is the sentence tagged Foreign affairs, with the match inside.
  await expect.poll(async () => (await active.allTextContents()).join('')).toBe(SENTENCES.foreign)
  await expect(text.locator('.hl-active.mk-landing')).toContainText(['đối'])
  await expect(text.locator('.mk-landing').first()).toBeInViewport()

  // Accept a suggestion for the open article.
  await page.getByRole('button', { name: 'Suggestions' }).click()
  const suggestion = page.getByTestId('suggestion').first()
  await expect(suggestion).toBeVisible()
  await suggestion.getByRole('button', { name: 'Accept', exact: true }).click()
  await page.getByRole('button', { name: 'Reader' }).click()
  await expect(page.getByTestId('passage-item')).toHaveCount(4)

  // The dashboard shows one bar per theme.
  await page.getByRole('button', { name: 'Dashboard' }).click()
  const bars = page.getByTestId('chart-per-theme').locator('.recharts-bar-rectangle path')
  await expect(bars).toHaveCount(3)

  // Export the annotated article and read it back with pdfjs.
  await page.getByRole('button', { name: 'Reader' }).click()
  const articlePdf = await download(page, () => page.getByTestId('export-article-pdf').click(), folio.dir)
  const article = await readPdf(articlePdf.path)
  expect(article.text).toContain('Vĩnh Long')
  const highlights = article.annotations.filter((a) => a.subtype === 'Highlight')
  expect(highlights.length).toBeGreaterThanOrEqual(4)
  const notes = article.annotations.map((a) => a.contents).join('\n')
  expect(notes).toContain(NOTES.regional)
  expect(notes).toContain(NOTES.outlook)

  // Export the theme brief of the whole archive as PDF and read it back.
  await page.getByRole('button', { name: 'Brief builder' }).click()
  await page.getByLabel('The whole archive').check()
  await expect(page.getByTestId('brief-preview')).toContainText('4 passages')
  const briefPdf = await download(page, () => page.getByTestId('brief-export').click(), folio.dir)
  const brief = await readPdf(briefPdf.path)
  const flat = brief.text.replace(/\s+/g, ' ')
  for (const name of ['Regional links', 'Foreign affairs', 'Outlook']) expect(flat).toContain(name)
  expect(flat).toContain('quy hoạch vùng')
  expect(flat).toContain(NOTES.outlook)
})
