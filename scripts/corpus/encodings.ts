// Corpus section "encodings": TCVN3, UTF-16LE and Windows-1258 samples import equal (NFC) to their
// UTF-8 references. Each file goes into its own archive so equal texts are compared, not deduplicated.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive } from '../../src/core/archive'
import { getArticle } from '../../src/core/articles/article-store'
import { importPaths } from '../../src/core/import/import-batch'
import type { ImportOutcome } from '../../src/core/import/import-types'
import type { CorpusCheck, CorpusExpectation } from './corpus-types'

interface Imported {
  outcome: ImportOutcome
  body: string | null
  title: string | null
  encoding: string | null
}

async function importAlone(file: string, dir: string, n: number): Promise<Imported> {
  const archive = openArchive(join(dir, `encodings-${n}.sqlite`))
  try {
    const { outcomes } = await importPaths(archive, [file])
    const o = outcomes[0]
    if (o.outcome !== 'imported' || o.articleId == null)
      return { outcome: o, body: null, title: null, encoding: null }
    const a = getArticle(archive, o.articleId)
    return {
      outcome: o,
      body: a.body.normalize('NFC'),
      title: a.title.normalize('NFC'),
      encoding: a.encoding
    }
  } finally {
    archive.close()
  }
}

/** Legacy file → its UTF-8 reference, by the corpus's naming. */
const PAIRS: [RegExp, string][] = [
  [/^(.*)-tcvn\.txt$/, '$1-utf8.txt'],
  [/^(.*)-utf16le\.txt$/, '$1-utf8.txt'],
  [/^(.*)_windows-1258\.txt$/, '$1_utf-8.txt']
]

export const checkEncodings: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const dir = join(corpusDir, 'encodings')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const results = new Map<string, Imported>()
  let n = 0
  for (const f of files) results.set(f, await importAlone(join(dir, f), tempDir, n++))
  const expectations: CorpusExpectation[] = []
  let matched = 0
  let total = 0
  for (const f of files) {
    const pair = PAIRS.find(([re]) => re.test(f))
    if (!pair) continue
    total++
    const ref = results.get(f.replace(pair[0], pair[1]))
    const got = results.get(f)
    const ok = Boolean(ref?.body && got?.body && got.body === ref.body && got.title === ref.title)
    if (ok) matched++
    expectations.push({
      name: `${f} imports equal to its UTF-8 reference`,
      ok,
      detail: ok
        ? `read as ${got?.encoding}, ${got?.body?.length} characters equal`
        : `${got?.outcome.outcome} (${got?.encoding ?? got?.outcome.message}) vs reference ${ref?.outcome.outcome}`
    })
  }
  const all = [...results.values()]
  const count = (k: string): number => all.filter((r) => r.outcome.outcome === k).length
  return {
    name: 'encodings',
    files: files.length,
    imported: count('imported'),
    duplicates: count('duplicate'),
    refused: count('refused'),
    failed: count('failed'),
    titlesMatched: matched,
    titlesTotal: total,
    expectations
  }
}
