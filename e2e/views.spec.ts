// Each main view in both languages: a screenshot for a person to look at (test-results/screenshots/),
// no text overflowing its box, and no serious or critical axe-core violations.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures/folio-test'
import { seedTaggedArticle } from './fixtures/seed-through-api'

const VIEWS = [
  { name: 'library', nav: { en: 'Library', vi: 'Thư viện' } },
  { name: 'reader', nav: { en: 'Reader', vi: 'Đọc bài' } },
  { name: 'codebook', nav: { en: 'Codebook', vi: 'Bộ mã chủ đề' } },
  { name: 'dashboard', nav: { en: 'Dashboard', vi: 'Tổng quan' } },
  { name: 'brief', nav: { en: 'Brief builder', vi: 'Tạo bản tổng hợp' } }
] as const

/** Elements whose text runs past their own box (clipped or spilling), as "tag.class: text". */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main *, nav *')) {
      if (el.closest('.recharts-wrapper, .article-list, .visually-hidden, [aria-hidden="true"]')) continue
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
      if (!own || el.offsetParent === null) continue
      const s = getComputedStyle(el)
      if (s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '') continue
      if (el.scrollWidth > el.clientWidth + 1 && s.overflowX !== 'visible' && s.overflowX !== 'auto')
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`)
      if (el.scrollHeight > el.clientHeight + 2 && s.overflowY === 'hidden')
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)} (cut vertically)`
        )
    }
    return out
  })
}

for (const lang of ['vi', 'en'] as const) {
  test(`main views in ${lang}: screenshots, no overflow, no serious axe violations`, async ({
    page,
    folio
  }) => {
    const { articleId } = await seedTaggedArticle(folio)
    await page.addInitScript((l) => localStorage.setItem('folio.language', l), lang)
    await page.goto(folio.url)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    // Open the article from the library so the reader has one.
    await page.getByTestId('article-list').locator(`[data-article-id="${articleId}"] .article-title`).click()
    await expect(page.getByTestId('article-text').locator('.hl').first()).toBeVisible()
    for (const view of VIEWS) {
      await page.getByRole('button', { name: view.nav[lang], exact: true }).click()
      await expect(page.locator('main h1').first()).toBeVisible()
      if (view.name === 'reader') {
        await expect(page.getByTestId('article-text').locator('.hl').first()).toBeVisible()
        await expect(page.getByTestId('coding-stripe')).toHaveCount(5)
      }
      if (view.name === 'dashboard')
        await expect(
          page.getByTestId('chart-per-theme').locator('.recharts-bar-rectangle').first()
        ).toBeVisible()
      if (view.name === 'brief')
        await expect(page.getByTestId('brief-preview').locator('.toc li').first()).toBeVisible()
      await page.evaluate(() => document.fonts.ready)
      await page.screenshot({ path: `test-results/screenshots/${view.name}-${lang}.png`, fullPage: true })
      expect(await overflowing(page), `text overflowing in ${view.name} (${lang})`).toEqual([])
      const axe = await new AxeBuilder({ page }).analyze()
      const bad = axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`
        )
      expect(bad, `axe on ${view.name} (${lang})`).toEqual([])
    }
  })
}

test('every control is reachable by keyboard and shows a visible focus ring', async ({ page, folio }) => {
  await seedTaggedArticle(folio)
  await page.addInitScript(() => localStorage.setItem('folio.language', 'en'))
  await page.goto(folio.url)
  await expect(page.getByTestId('article-list').locator('.article-title').first()).toBeVisible()
  const seen = new Set<string>()
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      const s = getComputedStyle(el)
      return {
        key: `${el.tagName}:${el.textContent?.slice(0, 30)}:${el.getAttribute('aria-label') ?? ''}:${el.outerHTML.slice(0, 80)}`,
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      }
    })
    if (!f) continue
    expect(f.outline, `focus ring on ${f.key}`).toBe(true)
    seen.add(f.key)
  }
  // The nav, the search box, the filters and the first article are all in the tab order.
  const all = [...seen].join('\n')
  for (const expected of ['BUTTON:Library', 'BUTTON:Dashboard', 'INPUT:', 'SELECT:', 'BUTTON:Vĩnh Long'])
    expect(all).toContain(expected)
})
