// Corpus section "html": the Vietnamese article pages import with title, date, category and body excerpt
// as expected.tsv says; the list pages are refused as not articles; every Readability page imports with
// the title of its expected-metadata.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive } from '../../src/core/archive'
import { getArticle } from '../../src/core/articles/article-store'
import { importPaths } from '../../src/core/import/import-batch'
import type { CorpusCheck, CorpusExpectation } from './corpus-types'
import { readManifest } from './manifest'

const minute = (d: string | null): string => (d ?? '').replace(' ', 'T').slice(0, 16)

export const checkHtml: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const viDir = join(corpusDir, 'html', 'vi')
  const rbDir = join(corpusDir, 'html', 'readability')
  const archive = openArchive(join(tempDir, 'html.sqlite'))
  const expectations: CorpusExpectation[] = []
  try {
    const expected = readManifest(join(viDir, 'expected.tsv'))
    const lists = readdirSync(viDir).filter((f) => f.endsWith('_list.html'))
    const pages = readdirSync(rbDir).filter((d) => existsSync(join(rbDir, d, 'source.html')))
    const files = [
      ...expected.map((e) => join(viDir, e.file)),
      ...lists.map((f) => join(viDir, f)),
      ...pages.map((d) => join(rbDir, d, 'source.html'))
    ]
    const batch = await importPaths(archive, files)
    const byFile = new Map(batch.outcomes.map((o) => [o.file, o]))
    let titlesMatched = 0
    let titlesTotal = 0
    const viProblems: string[] = []
    for (const e of expected) {
      const o = byFile.get(join(viDir, e.file))
      if (o?.outcome !== 'imported' || o.articleId == null) {
        viProblems.push(`${e.file}: ${o?.outcome} ${o?.message}`)
        continue
      }
      const a = getArticle(archive, o.articleId)
      const wantTitle = e.title.replace(/\s*\[prefix\]$/, '')
      if (e.title) {
        titlesTotal++
        const ok = e.title.endsWith('[prefix]') ? a.title.startsWith(wantTitle) : a.title === wantTitle
        if (ok) titlesMatched++
        else viProblems.push(`${e.file}: title "${a.title}"`)
      }
      if (e.published_at && minute(a.publishedAt) !== minute(e.published_at))
        viProblems.push(`${e.file}: date ${a.publishedAt} ≠ ${e.published_at}`)
      if (e.category && a.category !== e.category)
        viProblems.push(`${e.file}: category ${a.category} ≠ ${e.category}`)
      if (e.content_contains && !a.body.includes(e.content_contains))
        viProblems.push(`${e.file}: body lacks "${e.content_contains}"`)
    }
    expectations.push({
      name: 'the Vietnamese article pages import with title, date, category and excerpt',
      ok: viProblems.length === 0,
      detail: viProblems.length ? viProblems.join('; ') : `${expected.length}/${expected.length} pages`
    })
    const listOutcomes = lists.map((f) => byFile.get(join(viDir, f)))
    const refusedLists = listOutcomes.filter(
      (o) => o?.outcome === 'refused' && /not an article/.test(o.message)
    )
    expectations.push({
      name: 'the list pages are refused as not articles',
      ok: refusedLists.length === lists.length,
      detail: `${refusedLists.length}/${lists.length} refused`
    })
    const rbProblems: string[] = []
    for (const d of pages) {
      const o = byFile.get(join(rbDir, d, 'source.html'))
      const want = (
        JSON.parse(readFileSync(join(rbDir, d, 'expected-metadata.json'), 'utf8')) as { title: string }
      ).title
      titlesTotal++
      if (o?.outcome !== 'imported' || o.articleId == null) {
        rbProblems.push(`${d}: ${o?.outcome} ${o?.message}`)
        continue
      }
      const got = getArticle(archive, o.articleId).title
      if (got === want.normalize('NFC')) titlesMatched++
      else rbProblems.push(`${d}: title "${got}"`)
    }
    expectations.push({
      name: 'every Readability page imports with its expected title',
      ok: rbProblems.length === 0,
      detail: rbProblems.length ? rbProblems.join('; ') : `${pages.length}/${pages.length} pages`
    })
    return {
      name: 'html',
      files: files.length,
      imported: batch.counts.imported,
      duplicates: batch.counts.duplicate,
      refused: batch.counts.refused,
      failed: batch.counts.failed,
      titlesMatched,
      titlesTotal,
      expectations
    }
  } finally {
    archive.close()
  }
}
