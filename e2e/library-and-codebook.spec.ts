// Library actions (select, collection, filter, delete with undo) and the codebook's operations
// (add, rename in both languages, recolour, drag to reorder, merge, delete), through the real host.
import { test, expect } from './fixtures/folio-test'
import { apiFor, seedTaggedArticle } from './fixtures/seed-through-api'
import { SENTENCES } from './fixtures/seed-clip'

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

test('source and category filters take names as people type them', async ({ page, folio }) => {
  const { articleId } = await seedTaggedArticle(folio)
  const api = apiFor(folio)
  const other = await api.importFiles({
    files: [
      { name: 'ngan.txt', bytes: new TextEncoder().encode('Tin ngắn\n\nMột bài ngắn\n\nNội dung ngắn.\n') }
    ]
  })
  await api.updateArticle({ id: articleId, patch: { source: 'baoquocte.vn', category: 'Tin địa phương' } })
  await api.updateArticle({
    id: other.outcomes[0]?.articleId as number,
    patch: { source: 'The Telegraph', category: 'World' }
  })
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const count = page.getByTestId('library-count')
  await expect(count).toHaveText('2 articles')
  const source = page.getByRole('combobox', { name: 'Source' })
  const category = page.getByRole('combobox', { name: 'Category' })

  // Any case, no diacritics, part of the name: the archive's own name is what filters.
  for (const typed of ['BAOQUOCTE.VN', 'baoquocte']) {
    await source.fill(typed)
    await expect(count).toHaveText('1 article')
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing the source baoquocte.vn.' })
    ).toBeVisible()
  }
  await source.fill('telegraph')
  await expect(page.getByTestId('article-list')).toContainText('Một bài ngắn')
  await source.fill('')
  await expect(count).toHaveText('2 articles')

  await category.fill('tin dia phuong')
  await expect(count).toHaveText('1 article')
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the category Tin địa phương.' })
  ).toBeVisible()

  // Nothing like it: said plainly, by the field and in the empty list.
  await category.fill('thể thao')
  await expect(count).toHaveText('0 articles')
  await expect(page.getByTestId('list-empty')).toHaveText(
    'No category in this archive is like “thể thao”, so no article is shown.'
  )
  // The names are offered, with their counts.
  await expect(page.locator(`datalist[id="${await category.getAttribute('list')}"] option`)).toHaveCount(2)
})

test('deleting a used theme says how many passages lose it; an untagged note can still be saved', async ({
  page,
  folio
}) => {
  const { articleId } = await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const rows = page.getByTestId('theme-list').locator('li')
  const editor = page.locator('.theme-editor')
  await rows.filter({ hasText: 'Outlook' }).locator('.theme-name').click()
  await editor.getByLabel('When deleting a theme in use').selectOption('remove-tags')

  // Cancelled: the theme stays.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => (resolve(d.message()), void d.dismiss()))
  )
  await editor.getByRole('button', { name: 'Delete theme' }).click()
  expect(await asked).toContain('1 passage loses this tag')
  await expect(rows).toHaveCount(3)
  page.once('dialog', (d) => void d.accept())
  await editor.getByRole('button', { name: 'Delete theme' }).click()
  await expect(rows).toHaveCount(2)

  // Its passage is untagged now; the editor says why no theme is ticked, and saves the note.
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await page.getByTestId('article-list').locator(`[data-article-id="${articleId}"] .article-title`).click()
  const item = page.getByTestId('passage-item').filter({ hasText: SENTENCES.outlook.slice(0, 30) })
  await item.click()
  const popover = page.getByTestId('passage-popover')
  await expect(popover.getByTestId('passage-save-reason')).toContainText('This passage has no theme')
  const save = popover.getByRole('button', { name: 'Save changes' })
  await expect(save).toBeDisabled()
  await popover.getByRole('textbox', { name: 'Note' }).fill('Still worth keeping')
  await expect(save).toBeEnabled()
  await save.click()
  await expect(popover).toBeHidden()
  await expect(page.getByTestId('passage-item').filter({ hasText: 'Still worth keeping' })).toHaveCount(1)
})
