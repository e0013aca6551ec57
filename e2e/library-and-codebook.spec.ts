// Library actions (select, collection, filter, delete with undo) and the codebook's operations
// (add, rename in both languages, recolour, drag to reorder, merge, delete), through the real host.
import { test, expect } from './fixtures/folio-test'
import { apiFor, seedTaggedArticle } from './fixtures/seed-through-api'

test('select articles, file them in a collection, filter by it, delete and undo', async ({ page, folio }) => {
  await seedTaggedArticle(folio)
  await apiFor(folio).importFiles({
    files: [
      {
        name: 'ngan.txt',
        bytes: new TextEncoder().encode(
          'Tin ngắn\n\nMột bài ngắn khác\n\nNội dung của một bài ngắn khác để thử thư viện.\n'
        )
      }
    ]
  })
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const list = page.getByTestId('article-list')
  await expect(page.getByTestId('library-count')).toHaveText('2 articles')
  await list.getByRole('checkbox', { name: /Vĩnh Long/ }).check()
  await expect(page.getByText('1 selected').first()).toBeVisible()
  await page.getByRole('combobox', { name: 'Add to collection' }).selectOption('new')
  await page.getByRole('textbox', { name: 'New collection name' }).fill('Đồng bằng')
  await page.getByRole('button', { name: 'Create' }).click()
  await page
    .getByRole('combobox', { name: 'Collection', exact: true })
    .selectOption({ label: 'Đồng bằng (1)' })
  await expect(page.getByTestId('library-count')).toHaveText('1 article')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('library-count')).toHaveText('2 articles')

  await page.getByRole('button', { name: 'Delete selected' }).click()
  await expect(page.getByText('1 article deleted.')).toBeVisible()
  await expect(page.getByTestId('library-count')).toHaveText('1 article')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('library-count')).toHaveText('2 articles')
  await expect(list.getByRole('button', { name: /Vĩnh Long/ })).toBeVisible()
})

test('codebook: add, rename, recolour, drag to reorder, merge and delete themes', async ({ page, folio }) => {
  await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const rows = page.getByTestId('theme-list').locator('li')
  await expect(rows).toHaveCount(3)

  // Add a theme with both names and a colour.
  const add = page.locator('form', { has: page.getByRole('heading', { name: 'Add theme' }) })
  await add.getByLabel('Name (English)').fill('Environment')
  await add.getByLabel('Name (Vietnamese)').fill('Môi trường')
  await add.getByRole('button', { name: 'Add theme' }).click()
  await expect(rows).toHaveCount(4)
  await expect(rows.nth(3)).toContainText('Môi trường')

  // Rename and recolour it in the editor.
  await rows.nth(3).locator('.theme-name').click()
  const editor = page.locator('.theme-editor')
  await editor.getByLabel('Name (English)').fill('Environment and climate')
  await editor.getByLabel('Colour').fill('#2f855a')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(rows.nth(3)).toContainText('Environment and climate')
  await expect(rows.nth(3).locator('.theme-swatch')).toHaveCSS('background-color', 'rgb(47, 133, 90)')

  // Drag it to the top.
  await rows.nth(3).dragTo(rows.nth(0))
  await expect(rows.nth(0)).toContainText('Environment and climate')
  // And one place down with the keyboard-reachable button.
  await rows
    .nth(0)
    .getByRole('button', { name: /Move down/ })
    .click()
  await expect(rows.nth(1)).toContainText('Environment and climate')

  // Merge Outlook into Regional links: its passage moves over, the theme goes.
  await rows.filter({ hasText: 'Outlook' }).locator('.theme-name').click()
  await editor.getByLabel('Merge Outlook into').selectOption({ label: 'Regional links' })
  await editor.getByRole('button', { name: 'Merge' }).click()
  await expect(rows).toHaveCount(3)
  await expect(rows.filter({ hasText: 'Regional links' })).toContainText('3 passages')

  // Delete the unused theme.
  await rows.filter({ hasText: 'Environment and climate' }).locator('.theme-name').click()
  await editor.getByRole('button', { name: 'Delete theme' }).click()
  await expect(rows).toHaveCount(2)
})
