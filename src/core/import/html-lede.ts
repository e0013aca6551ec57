// The lede ("sapo" on Vietnamese news sites): the summary paragraph printed under the headline, which
// sites keep outside the article body so Readability leaves it out. Found before Readability runs.

interface LedeElement {
  localName: string
  textContent: string | null
}
export interface LedeDocument {
  querySelectorAll(selector: string): ArrayLike<LedeElement>
}

const LEDE_SELECTOR =
  '[data-role="sapo"], [data-slot="sapo"], [class~="sapo"], [class*="-sapo"], [class*="sapo-"], [class*="article-lead"], [class*="article__lead"]'

export function findLede(doc: LedeDocument): string | null {
  const found = doc.querySelectorAll(LEDE_SELECTOR)
  for (let i = 0; i < found.length; i++) {
    const el = found[i]
    if (el.localName === 'a' || el.localName === 'meta') continue
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text.length >= 40 && text.length <= 1500) return text
  }
  return null
}
