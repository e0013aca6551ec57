// Input files for the import benchmarks, written once into the cache folder and reused.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CACHE_DIR } from './bench-archive'
import { GENERATOR_VERSION, generateArticle, toHtmlPage, toTextClip } from './generate-articles'

export const TEXT_ARTICLES = 10_000
export const HTML_PAGES = 500
const SHARED_HTML = resolve(__dirname, '../../shared/corpus/html')

/** Writes files into a folder atomically (build aside, rename), unless it is already there. */
function cachedFolder(name: string, write: (dir: string) => void): string {
  const dir = join(CACHE_DIR, name)
  if (existsSync(dir)) return dir
  const building = `${dir}.building`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  write(building)
  renameSync(building, dir)
  return dir
}

/** 10,000 generated plain-text clips of ~8 KB. */
export function textCorpus(): string {
  return cachedFolder(`text-g${GENERATOR_VERSION}-${TEXT_ARTICLES}`, (dir) => {
    for (let i = 0; i < TEXT_ARTICLES; i++)
      writeFileSync(
        join(dir, `bai-${String(i).padStart(5, '0')}.txt`),
        toTextClip(generateArticle(i, 8192, 'import'))
      )
  })
}

/** The article pages of ../shared/corpus/html when present (list pages left out), else none. */
export function sharedHtmlPages(): string[] {
  const out: string[] = []
  const vi = join(SHARED_HTML, 'vi')
  if (existsSync(vi))
    for (const f of readdirSync(vi).sort()) if (f.endsWith('_article.html')) out.push(join(vi, f))
  const rd = join(SHARED_HTML, 'readability')
  if (existsSync(rd))
    for (const d of readdirSync(rd).sort())
      if (existsSync(join(rd, d, 'source.html'))) out.push(join(rd, d, 'source.html'))
  return out
}

/**
 * Makes copy n a different article to the importer (its title changes), so every copy is stored.
 * The page is handled as latin1 (one char per byte) and the tag is ASCII, so no byte of the page's
 * own encoding changes.
 */
function variant(html: string, n: number): string {
  const tag = ` - copy ${n}`
  return html
    .replace(/<title>([^<]*)<\/title>/i, (_m, t: string) => `<title>${t}${tag}</title>`)
    .replace(
      /(<meta[^>]+property=["']og:title["'][^>]+content=["'])([^"']*)/i,
      (_m, a: string, t: string) => a + t + tag
    )
    .replace(/<h1([^>]*)>/i, (m) => `${m}${tag} `)
}

/** At least 500 HTML pages: the shared corpus repeated, or generated pages when it is absent. */
export function htmlCorpus(): { dir: string; source: string } {
  const shared = sharedHtmlPages()
  const source = shared.length
    ? `../shared/corpus/html (${shared.length} article pages repeated)`
    : 'generated pages'
  const dir = cachedFolder(`html-g${GENERATOR_VERSION}-v2-${shared.length}-${HTML_PAGES}`, (d) => {
    for (let n = 0; n < HTML_PAGES; n++) {
      const name = `trang-${String(n).padStart(4, '0')}.html`
      if (shared.length) {
        writeFileSync(join(d, name), variant(readFileSync(shared[n % shared.length], 'latin1'), n), 'latin1')
      } else writeFileSync(join(d, name), toHtmlPage(generateArticle(n, 8192, 'html')))
    }
  })
  return { dir, source }
}
