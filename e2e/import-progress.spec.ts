// A big drop shows honest progress (done/total, current file) and can be cancelled; what was imported
// before the cancel stays, and the batch log and the library agree on it.
import { test, expect } from './fixtures/folio-test'
import { dropFiles } from './fixtures/ui-helpers'

const COUNT = 1500

// Saved web pages, as researchers collect them: each goes through Readability, so the import lasts long
// enough for the Cancel click to land mid-way (plain-text clips are stored in groups at hundreds a
// second and were done before the click arrived).
function savedPage(i: number): string {
  const paragraph = `Nội dung riêng của bản tin thử số ${i}, viết để kiểm tra việc nhập nhiều trang cùng lúc.`
  const body = Array.from(
    { length: 20 },
    (_, n) =>
      `<p>${paragraph} Đoạn ${n + 1} kể thêm về hợp tác vùng và đối ngoại của địa phương trong năm qua.</p>`
  )
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin thử số ${i}</title></head>
<body><nav><a href="/">Trang chủ</a></nav><article><h1>Bản tin thử số ${i}</h1>${body.join('\n')}</article></body></html>`
}

test('a large import shows progress and stops on cancel', async ({ page, folio }) => {
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const files = Array.from({ length: COUNT }, (_, i) => ({
    name: `tin-${String(i).padStart(4, '0')}.html`,
    text: savedPage(i)
  }))
  await dropFiles(page, '[data-testid="drop-zone"]', files)
  const bar = page.getByRole('progressbar')
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuemax', String(COUNT))
  await expect(page.getByText(/Now: tin-\d{4}\.html/)).toBeVisible()
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
