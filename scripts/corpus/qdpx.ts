// Corpus section "qdpx": the seed and vi-news imported and tagged, exported as REFI-QDA, validated
// against ../shared/refi/Project.xsd where xmllint exists, and re-imported into an empty archive.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { openArchive, type Archive } from '../../src/core/archive'
import { inTransaction } from '../../src/core/db/connection'
import { importPaths } from '../../src/core/import/import-batch'
import { exportQdpx, exportQdpxDetailed } from '../../src/core/exchange/export-qda'
import { addMemo, upsertPassage } from '../../src/core/exchange/exchange-rows'
import { articleRows, codebookTree, memoRows, passageRows } from '../../src/core/exchange/exchange-snapshot'
import { importQdaFile } from '../../src/core/exchange/import-qda'
import { listThemes } from '../../src/core/themes/theme-store'
import type { CorpusCheck, CorpusExpectation } from './corpus-types'
import { readManifest } from './manifest'

/** Tags the sentence around each theme's first keyword in every article, a note on every third. */
function tagArticles(archive: Archive): number {
  const themes = listThemes(archive)
  const articles = archive.db.prepare('SELECT id, body FROM articles ORDER BY id').all() as {
    id: number
    body: string
  }[]
  let n = 0
  inTransaction(archive.db, () => {
    for (const a of articles) {
      for (const t of themes) {
        const hit = t.keywords.map((k) => a.body.indexOf(k)).find((i) => i >= 0)
        if (hit === undefined) continue
        const start = Math.max(a.body.lastIndexOf('.', hit) + 1, a.body.lastIndexOf('\n', hit) + 1)
        const stop = a.body.slice(hit).search(/[.\n]/)
        const end = stop < 0 ? a.body.length : hit + stop
        const lead = a.body.slice(start, end).length - a.body.slice(start, end).trimStart().length
        if (end - start - lead < 2) continue
        const note = n % 3 === 0 ? `Ghi chú ${n}: ${t.nameVi ?? t.name} 📝` : ''
        upsertPassage(archive, {
          articleId: a.id,
          body: a.body,
          start: start + lead,
          end,
          note,
          themeIds: [t.id]
        })
        n++
      }
    }
    addMemo(archive, { kind: 'archive' }, 'Bộ dữ liệu thử: tin tức Việt Nam 📰')
    if (themes[0])
      addMemo(archive, { kind: 'theme', id: themes[0].id }, `Memo về ${themes[0].nameVi ?? themes[0].name}`)
  })
  return n
}

export const checkQdpx: CorpusCheck = async ({ corpusDir, tempDir }) => {
  const viDir = join(corpusDir, 'vi-news')
  const files = [
    join(corpusDir, 'seed', 'can-tho-hop-tac-20-nam.txt'),
    ...readManifest(join(viDir, 'manifest.tsv')).map((m) => join(viDir, m.filename))
  ]
  const source = openArchive(join(tempDir, 'qdpx-source.sqlite'))
  const target = openArchive(join(tempDir, 'qdpx-target.sqlite'))
  try {
    await importPaths(source, files)
    const tagged = tagArticles(source)
    const exported = exportQdpxDetailed(source)
    const qdpxPath = join(tempDir, 'corpus.qdpx')
    writeFileSync(qdpxPath, exported.bytes)
    const qde = strFromU8(unzipSync(exported.bytes)['project.qde'])
    const expectations: CorpusExpectation[] = []

    const xsd = join(corpusDir, '..', 'refi', 'Project.xsd')
    const xmllint = !spawnSync('xmllint', ['--version']).error
    if (xmllint && existsSync(xsd)) {
      const qdePath = join(tempDir, 'project.qde')
      writeFileSync(qdePath, qde)
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, qdePath], { encoding: 'utf8' })
      expectations.push({
        name: 'project.qde validates against ../shared/refi/Project.xsd',
        ok: r.status === 0,
        detail:
          r.status === 0
            ? `${exported.sources} sources, ${exported.passages} selections`
            : r.stderr.split('\n')[0]
      })
    } else {
      console.log(`qdpx: schema validation not run (${xmllint ? `no ${xsd}` : 'xmllint is not installed'})`)
    }

    const guids = (s: string): string[] => [...s.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1])
    const again = strFromU8(unzipSync(exportQdpx(source))['project.qde'])
    expectations.push({
      name: 'a second export names every object the same way',
      ok: guids(again).join() === guids(qde).join(),
      detail: `${guids(qde).length} GUIDs`
    })

    const outcomes = await importQdaFile(target, qdpxPath, 'corpus-qdpx')
    const imported = outcomes.filter((o) => o.outcome === 'imported').length
    const moved = outcomes.filter((o) => /re-anchored|recorded position|left out/.test(o.message))
    expectations.push({
      name: 'every selection lands back by its code point position alone',
      ok: moved.length === 0,
      detail: moved.length ? `${moved[0].file}: ${moved[0].message}` : `${imported} sources`
    })
    const same = (name: string, a: unknown, b: unknown, detail: string): void => {
      const ok = JSON.stringify(a) === JSON.stringify(b)
      expectations.push({ name, ok, detail: ok ? detail : 'differs after the round trip' })
    }
    same(
      'every article comes back with the same text and metadata',
      articleRows(target),
      articleRows(source),
      `${imported}/${exported.sources} articles`
    )
    same(
      'every passage comes back with the same text, themes and note',
      passageRows(target),
      passageRows(source),
      `${passageRows(target).length}/${passageRows(source).length} passages (${tagged} taggings)`
    )
    same(
      'the codebook comes back identical',
      codebookTree(target),
      codebookTree(source),
      `${listThemes(target).length} themes`
    )
    same(
      'memos come back on the same targets',
      memoRows(target),
      memoRows(source),
      `${memoRows(target).length} memos`
    )
    return {
      name: 'qdpx',
      files: files.length,
      imported,
      duplicates: outcomes.filter((o) => o.outcome === 'duplicate').length,
      refused: outcomes.filter((o) => o.outcome === 'refused').length,
      failed: outcomes.filter((o) => o.outcome === 'failed').length,
      titlesMatched: 0,
      titlesTotal: 0,
      expectations
    }
  } finally {
    source.close()
    target.close()
  }
}
