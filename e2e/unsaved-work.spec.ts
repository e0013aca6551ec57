// Coding inside an existing highlight, and work that a click elsewhere must not throw away silently:
// a note typed for a new passage, an edit in the passage editor, an edit in the codebook. Deleting a
// passage offers Undo where the user is looking.
import { test, expect } from './fixtures/folio-test'
import { seedTaggedArticle } from './fixtures/seed-through-api'
import { SENTENCES } from './fixtures/seed-clip'
import { selectByMouse } from './fixtures/ui-helpers'
import type { Page } from '@playwright/test'

async function openSeeded(page: Page, folio: Parameters<typeof seedTaggedArticle>[0]): Promise<void> {
  const { articleId } = await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByTestId('article-list').locator(`[data-article-id="${articleId}"] .article-title`).click()
  await expect(page.getByTestId('passage-item')).toHaveCount(5)
}

/** Answers the next "discard unsaved changes?" question; returns what was asked. */
function answerDiscard(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.message())
      void (accept ? d.accept() : d.dismiss())
    })
  )
}

test('selecting words inside a highlight tags them; a plain click still opens the editor', async ({
  page,
  folio
}) => {
  await openSeeded(page, folio)
  const tag = page.getByTestId('tag-popover')
  const editor = page.getByTestId('passage-popover')

  await selectByMouse(page, 'đối ngoại được đẩy mạnh')
  await expect(tag).toBeVisible()
  await expect(tag.locator('.popover-quote')).toHaveText('đối ngoại được đẩy mạnh')
  await expect(editor).toBeHidden()
  await tag.getByRole('checkbox', { name: 'Outlook' }).check()
  await tag.getByRole('button', { name: 'Tag', exact: true }).click()
  await expect(tag).toBeHidden()
  await expect(page.getByTestId('passage-item')).toHaveCount(6)

  await page.getByTestId('article-text').getByText('35 bản ghi nhớ').click()
  await expect(editor).toBeVisible()
  await expect(tag).toBeHidden()
})

test('a note typed for a new passage survives clicking a highlight unless discarding is confirmed', async ({
  page,
  folio
}) => {
  await openSeeded(page, folio)
  const tag = page.getByTestId('tag-popover')
  await selectByMouse(page, 'Thứ nhất, tỉnh tiếp tục')
  await tag.getByRole('checkbox', { name: 'Regional links' }).check()
  await page.getByTestId('tag-note').fill('A note I typed with care')

  const asked = answerDiscard(page, false)
  await page.getByTestId('article-text').getByText('Các địa phương cùng xây dựng').click()
  expect(await asked).toContain('unsaved changes')
  await expect(page.getByTestId('tag-note')).toHaveValue('A note I typed with care')
  await expect(page.getByTestId('passage-popover')).toBeHidden()

  const again = answerDiscard(page, true)
  await page.getByTestId('article-text').getByText('Các địa phương cùng xây dựng').click()
  await again
  await expect(tag).toBeHidden()
  await expect(page.getByTestId('passage-popover')).toBeVisible()
})

test('an unsaved edit in the passage editor survives picking another passage', async ({ page, folio }) => {
  await openSeeded(page, folio)
  const items = page.getByTestId('passage-item')
  const editor = page.getByTestId('passage-popover')
  await items.filter({ hasText: SENTENCES.foreign.slice(0, 30) }).click()
  await editor.getByRole('textbox', { name: 'Note' }).fill('Edited, not saved yet')

  const asked = answerDiscard(page, false)
  await items.filter({ hasText: SENTENCES.outlook.slice(0, 30) }).click()
  expect(await asked).toContain('unsaved changes')
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('Edited, not saved yet')

  // Saved, it no longer asks.
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(editor).toBeHidden()
  await items.filter({ hasText: SENTENCES.outlook.slice(0, 30) }).click()
  await expect(editor).toContainText(SENTENCES.outlook)
})

test('deleting a passage offers Undo inside the viewport', async ({ page, folio }) => {
  await openSeeded(page, folio)
  const items = page.getByTestId('passage-item')
  await items.filter({ hasText: SENTENCES.outlook.slice(0, 30) }).click()
  await page.getByTestId('passage-popover').getByRole('button', { name: 'Delete passage' }).click()
  await expect(items).toHaveCount(4)
  const toast = page.getByTestId('undo-toast')
  await expect(toast).toBeInViewport()
  await expect(toast).toContainText('Passage deleted.')
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(items).toHaveCount(5)
  await expect(toast).toBeHidden()
})

test('an unsaved theme description survives choosing another theme', async ({ page, folio }) => {
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const list = page.getByTestId('theme-list')
  await list.getByRole('button', { name: /^Regional links/ }).click()
  const description = page.getByRole('textbox', { name: 'Description' })
  await description.fill('My careful definition')

  const asked = answerDiscard(page, false)
  await list.getByRole('button', { name: /^Foreign affairs/ }).click()
  expect(await asked).toContain('unsaved changes')
  await expect(description).toHaveValue('My careful definition')
  await expect(page.locator('#theme-editor-title')).toHaveText('Regional links')

  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Saved')
  await list.getByRole('button', { name: /^Foreign affairs/ }).click()
  await expect(page.locator('#theme-editor-title')).toHaveText('Foreign affairs')
})

test('leaving the reader or the codebook by the sidebar asks before dropping an edit', async ({
  page,
  folio
}) => {
  await openSeeded(page, folio)
  const nav = page.getByRole('navigation')
  const editor = page.getByTestId('passage-popover')
  await page
    .getByTestId('passage-item')
    .filter({ hasText: SENTENCES.foreign.slice(0, 30) })
    .click()
  await editor.getByRole('textbox', { name: 'Note' }).fill('A thought not saved yet')

  // Refused: the reader stays, with the note as typed.
  const asked = answerDiscard(page, false)
  await nav.getByRole('button', { name: 'Library', exact: true }).click()
  expect(await asked).toContain('unsaved changes')
  await expect(nav.getByRole('button', { name: 'Reader', exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  )
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('A thought not saved yet')

  // Agreed: the library opens.
  const again = answerDiscard(page, true)
  await nav.getByRole('button', { name: 'Library', exact: true }).click()
  await again
  await expect(page.getByTestId('library-count')).toHaveText('1 article')

  // The same in the codebook; with nothing unsaved, moving on asks nothing.
  await nav.getByRole('button', { name: 'Codebook', exact: true }).click()
  const description = page.getByRole('textbox', { name: 'Description' })
  const stored = await description.inputValue()
  await description.fill('A definition not saved yet')
  const third = answerDiscard(page, false)
  await nav.getByRole('button', { name: 'Dashboard', exact: true }).click()
  expect(await third).toContain('unsaved changes')
  await expect(description).toHaveValue('A definition not saved yet')
  await description.fill(stored)
  await nav.getByRole('button', { name: 'Dashboard', exact: true }).click()
  await expect(nav.getByRole('button', { name: 'Dashboard', exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  )
})

test('a draft let go is gone from the screen, and nothing is asked about it afterwards', async ({
  page,
  folio
}) => {
  await openSeeded(page, folio)
  const tag = page.getByTestId('tag-popover')
  await selectByMouse(page, 'Thứ nhất, tỉnh tiếp tục')
  await page.getByTestId('tag-note').fill('A note to let go')

  // tagging other words (a match of find-in-article), agreeing to discard: the popover is for them,
  // with no note in it
  await page.getByTestId('find-input').fill('cùng xây dựng')
  const asked = answerDiscard(page, true)
  await page.getByRole('button', { name: 'Tag this match' }).click()
  await asked
  await expect(tag.locator('.popover-quote')).toHaveText('cùng xây dựng')
  await expect(page.getByTestId('tag-note')).toHaveValue('')

  // nothing typed since: leaving the reader asks nothing
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(page.getByTestId('library-search')).toBeVisible()
  expect(dialogs).toBe(0)
})
