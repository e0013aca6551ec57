// An imported article full of markup meant to run (script tags, onerror handlers, javascript: links)
// shows as inert text: no dialog, no request anywhere but the host, no navigation.
import { test, expect } from './fixtures/folio-test'
import { dropFiles } from './fixtures/ui-helpers'

const CLIP = [
  'Tin thử nghiệm',
  '',
  'Bài có mã độc <script>alert("tiêu đề")</script>',
  '',
  'Đoạn mở đầu có thẻ <script>alert(document.cookie)</script> viết lẫn trong văn bản thường.',
  '',
  'Ảnh giả <img src=x onerror=alert(1)> và <svg onload=alert(2)> nằm giữa câu.',
  '',
  'Liên kết <a href="javascript:alert(3)">bấm vào đây</a> và javascript:alert(4) không được chạy.',
  '',
  'Nguồn tin: thu-nghiem.vn'
].join('\n')

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Trang có mã độc</title>
<script>alert('head')</script></head><body><article><h1>Trang có mã độc</h1>
<p>Đoạn một của bài báo thử nghiệm, đủ dài để được coi là nội dung bài viết chính của trang này.
<img src="x" onerror="alert('img')"> Hết đoạn.</p>
<p>Đoạn hai có <a href="javascript:alert('link')">một liên kết nguy hiểm</a> nằm trong câu, và thêm
nhiều chữ nữa để trình trích xuất giữ lại đoạn văn này như một phần của bài.</p>
<script>fetch('http://198.51.100.7/steal')</script>
<p>Đoạn ba kể lại buổi họp của hội nông dân xã về mùa vụ mới, khi bà con bàn cách giữ nước ngọt
cho ruộng lúa trong những tháng khô hạn và cách bán nông sản qua hợp tác xã với giá ổn định hơn.</p>
<p>Đoạn bốn kết thúc bài báo bằng lời hẹn gặp lại vào cuối năm, khi các hộ gia đình tổng kết kết quả
của mô hình trồng lúa kết hợp nuôi tôm và chia sẻ kinh nghiệm với những xã lân cận trong huyện.</p>
</article></body></html>`

test('script, onerror and javascript: links in an article stay text', async ({ page, folio }) => {
  const dialogs: string[] = []
  const foreign: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (!r.url().startsWith(`http://127.0.0.1:${folio.host.port}/`)) foreign.push(r.url())
  })
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  const startUrl = page.url()
  await dropFiles(page, '[data-testid="drop-zone"]', [
    { name: 'ma-doc.txt', text: CLIP },
    { name: 'ma-doc.html', text: PAGE, type: 'text/html' }
  ])
  const log = page.getByTestId('batch-log')
  await expect(log).toBeVisible()
  await expect(log.getByRole('button', { name: 'Open' }).first()).toBeVisible()
  await expect(log).toContainText('2 imported')
  const opens = await log.getByRole('button', { name: 'Open' }).count()
  expect(opens).toBe(2)

  for (let i = 0; i < opens; i++) {
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await log.getByRole('button', { name: 'Open' }).nth(i).click()
    const text = page.getByTestId('article-text')
    await expect(text).toBeVisible()
    // Nothing the article carried became an element.
    await expect(text.locator('script, img, svg, a, iframe, [onerror], [onload]')).toHaveCount(0)
    await expect(page.locator('script:not([type="module"])')).toHaveCount(0)
    // Click everything that looks like a link in the text: still nothing happens.
    const link = text.getByText(/bấm vào đây|một liên kết nguy hiểm/).first()
    if (await link.count()) await link.click()
  }
  // The text clip's markup is shown literally, as the words it is.
  await page.getByRole('button', { name: 'Library', exact: true }).click()
  await page
    .getByTestId('article-list')
    .getByRole('button', { name: /Bài có mã độc/ })
    .click()
  const text = page.getByTestId('article-text')
  await expect(text).toContainText('<script>alert(document.cookie)</script>')
  await expect(text).toContainText('<img src=x onerror=alert(1)>')
  await expect(text).toContainText('javascript:alert(4)')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert("tiêu đề")</script>')

  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  expect(foreign).toEqual([])
  expect(page.url()).toBe(startUrl)
})
