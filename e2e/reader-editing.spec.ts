// The reader after tagging: click a highlight to edit or delete it (with undo), J/K between passages,
// and an orphaned passage (its text changed) re-attached to a new selection.
import { test, expect } from './fixtures/folio-test'
import { apiFor, seedTaggedArticle } from './fixtures/seed-through-api'
import { NOTES, SENTENCES } from './fixtures/seed-clip'
import { selectByMouse } from './fixtures/ui-helpers'

test('edit, delete and undo a passage; move between passages by keyboard', async ({ page, folio }) => {
  const { articleId } = await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByTestId('article-list').locator(`[data-article-id="${articleId}"] .article-title`).click()
  const text = page.getByTestId('article-text')
  const items = page.getByTestId('passage-item')
  await expect(items).toHaveCount(5)

  // Click the highlight: its themes and note, editable.
  await text.getByText('Các địa phương cùng xây dựng').click()
  const editor = page.getByTestId('passage-popover')
  await expect(editor).toBeVisible()
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue(NOTES.regional)
  await editor.getByRole('checkbox', { name: 'Outlook' }).check()
  await editor.getByRole('textbox', { name: 'Note' }).fill('Ghi chú đã sửa')
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(editor).toBeHidden()
  await expect(items.nth(2)).toContainText('Ghi chú đã sửa')
  await expect(items.nth(2).locator('.theme-dot')).toHaveCount(2)

  // Delete it, then undo.
  await text.getByText('Các địa phương cùng xây dựng').click()
  await editor.getByRole('button', { name: 'Delete passage' }).click()
  await expect(items).toHaveCount(4)
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(items).toHaveCount(5)

  // J moves to the next passage (in text order), K back; Enter opens the active one.
  const current = async (): Promise<number> => {
    for (let i = 0; i < 5; i++) if ((await items.nth(i).getAttribute('aria-current')) === 'true') return i
    return -1
  }
  await text.focus()
  await page.keyboard.press('j')
  await expect.poll(current).toBeGreaterThanOrEqual(0)
  const first = await current()
  await page.keyboard.press('j')
  await expect.poll(current).toBe((first + 1) % 5)
  await page.keyboard.press('j')
  await expect.poll(current).toBe((first + 2) % 5)
  await page.keyboard.press('k')
  await expect.poll(current).toBe((first + 1) % 5)
  await page.keyboard.press('Enter')
  await expect(editor).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(editor).toBeHidden()
})

test('a passage whose text was rewritten is listed as an orphan and can be re-attached', async ({
  page,
  folio
}) => {
  const { articleId } = await seedTaggedArticle(folio)
  const api = apiFor(folio)
  const article = await api.getArticle({ id: articleId })
  const rewritten = 'Bốn tỉnh bạn đã cùng nhau lập kế hoạch chia sẻ nguồn nước ngọt cho mùa khô sắp tới.'
  await api.updateArticle({
    id: articleId,
    patch: { body: article.body.replace(SENTENCES.outlook, rewritten) }
  })
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByTestId('article-list').locator(`[data-article-id="${articleId}"] .article-title`).click()
  const orphans = page.locator('.orphans')
  await expect(orphans).toContainText('Passages that lost their place')
  await expect(orphans).toContainText(SENTENCES.outlook)
  await selectByMouse(page, rewritten)
  await page.getByTestId('tag-popover').getByRole('button', { name: 'Cancel' }).click()
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click()
  await expect(orphans).toBeHidden()
  await expect(page.getByTestId('passage-item').filter({ hasText: 'Bốn tỉnh bạn' })).toBeVisible()
})
