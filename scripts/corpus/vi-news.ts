// vi-news: every file imports, a second pass is all duplicates, titled/ titles equal the manifest's.
import { join } from 'node:path'
import { openArchive } from '../../src/core/archive'
import { importPaths } from '../../src/core/import/import-batch'
import type { CorpusCheck } from './corpus-types'
import { readManifest } from './manifest'

export const checkViNews: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const dir = join(corpusDir, 'vi-news')
  const manifest = readManifest(join(dir, 'manifest.tsv'))
  const archive = openArchive(join(tempDir, 'vi-news.sqlite'))
  try {
    const files = manifest.map((m) => join(dir, m.filename))
    const first = await importPaths(archive, files)
    const second = await importPaths(archive, files)
    const titles = new Map<string, string>()
    for (const r of archive.db.prepare('SELECT original_name, title FROM articles').all() as {
      original_name: string
      title: string
    }[])
      titles.set(r.original_name, r.title)
    const titled = manifest.filter((m) => m.title_is_headline === 'yes')
    const mismatched = titled.filter(
      (m) => titles.get(m.filename.split('/').pop() as string) !== m.title.normalize('NFC').trim()
    )
    const manifestRefused = (await importPaths(archive, [join(dir, 'manifest.tsv')])).counts.refused
    return {
      name: 'vi-news',
      files: files.length,
      imported: first.counts.imported,
      duplicates: first.counts.duplicate,
      refused: first.counts.refused,
      failed: first.counts.failed,
      titlesMatched: titled.length - mismatched.length,
      titlesTotal: titled.length,
      expectations: [
        {
          name: 'every vi-news article imports',
          ok: first.counts.imported + first.counts.duplicate === files.length,
          detail: `${first.counts.imported} imported, ${first.counts.duplicate} duplicate of ${files.length}`
        },
        {
          name: 'a second import reports only duplicates',
          ok: second.counts.duplicate === files.length,
          detail: `${second.counts.duplicate}/${files.length} duplicates`
        },
        {
          name: 'titled/ titles equal the manifest',
          ok: mismatched.length === 0,
          detail: mismatched.length
            ? `first mismatch: ${mismatched[0].filename}`
            : `${titled.length}/${titled.length}`
        },
        {
          name: 'the manifest (data, not an article) is refused',
          ok: manifestRefused === 1,
          detail: `${manifestRefused} refused`
        }
      ]
    }
  } finally {
    archive.close()
  }
}
