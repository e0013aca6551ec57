// The library over 100,000 articles: the count is right, the list scrolls to the end, and a search
// answers while the person is still typing.
import { test, expect } from './fixtures/folio-test'
import { LARGE_COUNT, NEEDLE_TITLE } from './fixtures/large-archive'

test.use({ archiveSeed: 'large' })

test('scrolls 100,000 articles and searches as you type', async ({ page, folio }) => {
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await expect(page.getByTestId('library-count')).toHaveText(
    `${LARGE_COUNT.toLocaleString('en-GB')} articles`
  )
  const list = page.getByTestId('article-list')
  await expect(list.getByRole('listitem').first()).toBeVisible()
  // Only the rows on screen exist in the page.
  expect(await list.getByRole('listitem').count()).toBeLessThan(80)

  // Jump far down, then to the very end: rows arrive there.
  for (const fraction of [0.5, 1]) {
    await list.evaluate((el, f) => el.scrollTo({ top: el.scrollHeight * f }), fraction)
    await expect(list.locator('.article-row:not(.placeholder)').first()).toBeVisible()
  }
  await expect(list.locator('.article-title').last()).toBeVisible()
  const lastIndex = await list.locator('.article-title').last().getAttribute('data-row-index')
  expect(Number(lastIndex)).toBe(LARGE_COUNT - 1)

  // Keyboard: from a row, End goes to the last article, Home back to the first.
  await list.locator('.article-title').last().focus()
  await page.keyboard.press('Home')
  await expect(list.locator('[data-row-index="0"]')).toBeFocused()

  // Type slowly, without diacritics: results appear before the typing is done.
  const search = page.getByTestId('library-search')
  await search.pressSequentially('hoi thao ve lua', { delay: 120 })
  await expect(list.getByRole('button', { name: NEEDLE_TITLE })).toBeVisible({ timeout: 3_000 })
  await search.pressSequentially(' gao huu co', { delay: 120 })
  await expect(page.getByTestId('library-count')).toHaveText('1 result')
  await expect(list.locator('mark').first()).toBeVisible()
})
