// Metadata a page states about itself: Open Graph, article:*, JSON-LD (NewsArticle, BreadcrumbList),
// <meta name=author>, canonical link, <html lang>. Read before Readability, which rewrites the document.
import { decodeEntities } from './html-entities'

export interface PageMeta {
  title: string | null
  author: string | null
  source: string | null
  publishedAt: string | null
  category: string | null
  url: string | null
  language: string | null
  /** The page calls itself an article (og:type, JSON-LD *Article, article:published_time). */
  declaresArticle: boolean
}

/** The slice of the DOM this module needs (linkedom's Document has it). */
export interface MetaDocument {
  documentElement: { getAttribute(name: string): string | null } | null
  querySelectorAll(
    selector: string
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>
}

type Json = Record<string, unknown>
const EMPTY: Json = {}

function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = decodeEntities(v).replace(/\s+/g, ' ').trim()
    return s || null
  }
  return null
}

const ARTICLE_TYPES =
  /^(?:News|Blog|Scholarly|Tech|Report|Analysis|Opinion)?Article$|^(?:BlogPosting|Report|ReportageNewsArticle)$/

function types(o: Json): string[] {
  const t = o['@type']
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === 'string')
    : typeof t === 'string'
      ? [t]
      : []
}

/** Every object in the page's JSON-LD blocks, @graph and nested arrays flattened. */
function jsonLdObjects(doc: MetaDocument): Json[] {
  const out: Json[] = []
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      out.push(v as Json)
      const graph = (v as Json)['@graph']
      if (graph) visit(graph)
    }
  }
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse((scripts[i].textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')))
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources still count.
    }
  }
  return out
}

function personName(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(personName).filter(Boolean).join(', ') || null
  if (v && typeof v === 'object') return str((v as Json).name)
  const s = str(v)
  return s && !/^https?:/i.test(s) ? s : null
}

function breadcrumbCategory(objects: Json[], title: string | null): string | null {
  for (const o of objects) {
    if (!types(o).includes('BreadcrumbList')) continue
    const items = (Array.isArray(o.itemListElement) ? o.itemListElement : []).flat() as Json[]
    const names = items
      .map((it) => ({
        pos: Number(it.position) || 0,
        name: str(it.name) ?? str((it.item as Json | undefined)?.name)
      }))
      .filter((x): x is { pos: number; name: string } => Boolean(x.name) && x.name !== title)
      .sort((a, b) => a.pos - b.pos)
    if (names.length > 1) return names[names.length - 1].name
  }
  return null
}

/** ISO 8601 where the page gives something close to it ("2019-04-28 06:01:07" → "2019-04-28T06:01:07"). */
export function isoDate(value: string | null): string | null {
  if (!value) return null
  const v = value.trim()
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v)
  if (m) return m[1] + (m[2] ? `T${m[2]}${m[3] ?? ''}` : '')
  const t = Date.parse(v)
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

export function readPageMeta(doc: MetaDocument): PageMeta {
  const metas = new Map<string, string>()
  const nodes = doc.querySelectorAll('meta[content]')
  for (let i = 0; i < nodes.length; i++) {
    const key = (
      nodes[i].getAttribute('property') ??
      nodes[i].getAttribute('name') ??
      nodes[i].getAttribute('itemprop')
    )?.toLowerCase()
    const content = str(nodes[i].getAttribute('content'))
    if (key && content && !metas.has(key)) metas.set(key, content)
  }
  const objects = jsonLdObjects(doc)
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? EMPTY
  const canonical = doc.querySelectorAll('link[rel="canonical"]')
  const canonicalHref = canonical.length ? str(canonical[0].getAttribute('href')) : null
  const title = str(article.headline) ?? metas.get('og:title') ?? null
  const sections = str(article.articleSection)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const metaAuthor = metas.get('article:author')
  return {
    title,
    author:
      personName(article.author) ??
      (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null) ??
      metas.get('author') ??
      null,
    source: metas.get('og:site_name') ?? personName(article.publisher) ?? null,
    publishedAt: isoDate(
      metas.get('article:published_time') ??
        str(article.datePublished) ??
        metas.get('datepublished') ??
        metas.get('pubdate') ??
        metas.get('date') ??
        null
    ),
    category:
      metas.get('article:section') ??
      breadcrumbCategory(objects, title) ??
      sections?.[sections.length - 1] ??
      metas.get('category') ??
      null,
    url:
      (canonicalHref && /^https?:/i.test(canonicalHref) ? canonicalHref : null) ??
      metas.get('og:url') ??
      null,
    language: str(doc.documentElement?.getAttribute('lang')) ?? metas.get('content-language') ?? null,
    declaresArticle:
      article !== EMPTY || metas.get('og:type') === 'article' || metas.has('article:published_time')
  }
}
