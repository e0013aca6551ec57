// Page furniture removed before Readability looks at a page: share bars, comment sections, related
// lists, newsletter boxes, forms. Readability drops most chrome itself; these slip through on news sites.

/** The DOM surface used here (linkedom elements have it). */
interface ChromeElement {
  localName: string
  textContent: string | null
  remove(): void
  querySelector(selector: string): unknown
}
export interface ChromeDocument {
  querySelectorAll(selector: string): ArrayLike<ChromeElement>
}

const CHROME_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'iframe',
  '[role="navigation"]',
  '[role="complementary"]',
  '[class*="share" i]',
  '[id*="share" i]',
  '[class*="social" i]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="newsletter" i]',
  '[class*="subscribe" i]',
  '[class*="advert" i]',
  '[id*="advert" i]',
  '[class*="breadcrumb" i]',
  '[class*="sharing" i]'
].join(',')

/** Never removed even when a class name matches: the article itself may be wrapped in them. */
const KEEP = new Set(['html', 'body', 'main', 'article'])

export function removeChrome(doc: ChromeDocument): void {
  const found = doc.querySelectorAll(CHROME_SELECTOR)
  for (let i = 0; i < found.length; i++) {
    const el = found[i]
    if (KEEP.has(el.localName)) continue
    // A wrapper whose class merely mentions "share" but holds the story keeps it.
    if (el.querySelector('article, h1, [itemprop="articleBody"]')) continue
    el.remove()
  }
}
