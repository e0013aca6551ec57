// A big drop shows honest progress (done/total, current file) and can be cancelled; what was imported
// before the cancel stays, and the batch log says so.
import { test, expect } from './fixtures/folio-test'
import { dropFiles } from './fixtures/ui-helpers'

const COUNT = 2500

// Each clip is a few kilobytes, as real ones are, so the import lasts long enough to be cancelled on a
// fast machine (with one-line clips it could finish before the Cancel click arrived).
function clip(i: number): string {
  const paragraph = `Nội dung riêng của bản tin thử số ${i}, viết để kiểm tra việc nhập nhiều tệp cùng lúc.`
  const body = Array.from(
    { length: 12 },
    (_, n) => `${paragraph} Đoạn ${n + 1} kể thêm về hợp tác vùng và đối ngoại của địa phương trong năm qua.`
  )
  return `Tin địa phương\n\nBản tin thử số ${i}\n\n${body.join('\n\n')}\n`
}

test('a large import shows progress and stops on cancel', async ({ page, folio }) => {
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const files = Array.from({ length: COUNT }, (_, i) => ({
    name: `tin-${String(i).padStart(4, '0')}.txt`,
    text: clip(i)
  }))
  await dropFiles(page, '[data-testid="drop-zone"]', files)
  const bar = page.getByRole('progressbar')
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuemax', String(COUNT))
  await expect(page.getByText(/Now: tin-\d{4}\.txt/)).toBeVisible()
  await page.getByRole('button', { name: 'Cancel import' }).click({ timeout: 30_000 })
  const log = page.getByTestId('batch-log')
  await expect(log).toContainText('Import cancelled. What was done is kept.')
  const imported = Number((await log.textContent())?.match(/(\d+) imported/)?.[1])
  expect(imported).toBeGreaterThan(0)
  expect(imported).toBeLessThan(COUNT)
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await expect(page.getByTestId('library-count')).toHaveText(
    `${imported.toLocaleString('en-US')} ${imported === 1 ? 'article' : 'articles'}`
  )
})
