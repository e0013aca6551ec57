// A search the archive cannot run is the user's input, not a crash: one plain line in place of the
// results, at once (no retries), with no "Something went wrong" — and in Vietnamese in the Vietnamese UI.
import { test, expect } from './fixtures/folio-test'
import { seedTaggedArticle } from './fixtures/seed-through-api'

test('invalid searches and reversed dates show a plain notice in place of the results', async ({
  page,
  folio
}) => {
  await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const search = page.getByTestId('library-search')
  const notice = page.getByTestId('input-notice')

  for (const [typed, says] of [
    ['*', 'nothing to search for'],
    ['AND', 'nothing to search for'],
    ['-hop', 'only excludes words']
  ]) {
    await search.fill(typed)
    // Within a second: a retry would have held it back for about that long.
    await expect(notice).toContainText(says, { timeout: 1_000 })
    await expect(page.getByTestId('library-count')).not.toContainText('Loading')
    await expect(page.getByText('Something went wrong')).toHaveCount(0)
  }

  await search.fill('')
  await page.getByLabel('From').fill('2024-05-01')
  await page.getByLabel('To').fill('2020-01-01')
  await expect(notice).toContainText('is after the “To” date')
  await expect(page.getByText('Something went wrong')).toHaveCount(0)
})

test('the notice is in Vietnamese in the Vietnamese UI', async ({ page, folio }) => {
  await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'vi'))
  await page.goto(folio.url)
  await page.getByTestId('library-search').fill('*')
  const notice = page.getByTestId('input-notice')
  await expect(notice).toContainText('Không có gì để tìm')
  await expect(page.getByText('Đã xảy ra lỗi')).toHaveCount(0)
})
