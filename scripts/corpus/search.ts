// Corpus section "search": vi-news imported whole, 50 manifest titles searched without diacritics
// (đ→d) must find their article in the top 3 (≥ 48/50); on the seed, `doi ngoai` and `dbscl` find it
// with `đối ngoại` and `ĐBSCL` highlighted.
import { basename, join } from 'node:path'
import { openArchive } from '../../src/core/archive'
import { importPaths } from '../../src/core/import/import-batch'
import { search } from '../../src/core/search'
import type { SearchHit } from '../../src/core/search'
import { foldVietnamese } from '../../src/core/text/fold-vietnamese'
import type { CorpusCheck, CorpusExpectation } from './corpus-types'
import { readManifest } from './manifest'

const SAMPLE = 50
const NEEDED = 48
const TOP = 3

/** What a person typing without diacritics would type: marks gone, đ→d, case kept. */
export function stripDiacritics(text: string): string {
  return foldVietnamese(
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC')
  )
}

/** Every highlighted string of a hit (title and snippet), with whitespace collapsed. */
function highlighted(hit: SearchHit): string[] {
  const s = hit.snippet
  return [
    ...hit.titleHighlights.map((r) => hit.article.title.slice(r.start, r.end)),
    ...(s ? s.highlights.map((r) => s.text.slice(r.start, r.end)) : [])
  ]
}

/** Joins highlights that are neighbours in the snippet ("đối" + "ngoại" → "đối ngoại"). */
function snippetPhrases(hit: SearchHit): string[] {
  const s = hit.snippet
  if (!s) return []
  const out: string[] = []
  let prevEnd = -1
  for (const r of s.highlights) {
    if (out.length && /^\s+$/u.test(s.text.slice(prevEnd, r.start)))
      out[out.length - 1] += s.text.slice(prevEnd, r.end)
    else out.push(s.text.slice(r.start, r.end))
    prevEnd = r.end
  }
  return out
}

export const checkSearch: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const dir = join(corpusDir, 'vi-news')
  const manifest = readManifest(join(dir, 'manifest.tsv'))
  const archive = openArchive(join(tempDir, 'search.sqlite'))
  try {
    const batch = await importPaths(archive, [dir])
    const idByName = new Map<string, number>()
    for (const o of batch.outcomes) if (o.articleId !== null) idByName.set(basename(o.file), o.articleId)

    const titled = manifest
      .filter((m) => m.title_is_headline === 'yes')
      .sort((a, b) => (a.filename < b.filename ? -1 : 1))
    const picks = Array.from(
      { length: Math.min(SAMPLE, titled.length) },
      (_, i) => titled[Math.floor((i * titled.length) / Math.min(SAMPLE, titled.length))]
    )
    const misses: string[] = []
    for (const m of picks) {
      const want = idByName.get(basename(m.filename))
      const query = stripDiacritics(m.title.normalize('NFC'))
      let top: number[] = []
      try {
        top = search(archive, { query, limit: TOP }).hits.map((h) => h.article.id)
      } catch (e) {
        misses.push(`${m.filename}: ${(e as Error).message}`)
        continue
      }
      if (want === undefined || !top.includes(want)) misses.push(`${m.filename} ("${query}")`)
    }
    const hits = picks.length - misses.length

    const seedBatch = await importPaths(archive, [join(corpusDir, 'seed', 'can-tho-hop-tac-20-nam.txt')])
    const seedId = seedBatch.outcomes[0]?.articleId
    const seedHit = (q: string): SearchHit | undefined =>
      search(archive, { query: q }).hits.find((h) => h.article.id === seedId)
    const doi = seedHit('doi ngoai')
    const dbscl = seedHit('dbscl')

    const expectations: CorpusExpectation[] = [
      {
        name: `a title typed without diacritics finds its article in the top ${TOP}`,
        ok: hits >= NEEDED,
        detail: `${hits}/${picks.length} (need ${NEEDED})${misses.length ? `; missed: ${misses.slice(0, 3).join('; ')}` : ''}`
      },
      {
        name: 'seed: "doi ngoai" finds it with "đối ngoại" highlighted in the snippet',
        ok: !!doi && snippetPhrases(doi).includes('đối ngoại'),
        detail: doi ? `marked: ${snippetPhrases(doi).slice(0, 4).join(', ')}` : 'not found'
      },
      {
        name: 'seed: "dbscl" highlights "ĐBSCL"',
        ok: !!dbscl && highlighted(dbscl).includes('ĐBSCL'),
        detail: dbscl ? `marked: ${highlighted(dbscl).slice(0, 4).join(', ')}` : 'not found'
      }
    ]
    process.stdout.write(`search: title hit rate ${hits}/${picks.length} in the top ${TOP}\n`)
    return {
      name: 'search',
      files: batch.outcomes.length,
      imported: batch.counts.imported,
      duplicates: batch.counts.duplicate,
      refused: batch.counts.refused,
      failed: batch.counts.failed,
      titlesMatched: hits,
      titlesTotal: picks.length,
      expectations
    }
  } finally {
    archive.close()
  }
}
