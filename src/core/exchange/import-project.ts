// Applying a parsed REFI-QDA project to the archive: text sources → articles, codes → themes, selections
// → passages, notes → memos. Runs inside the caller's single transaction; any refusal rolls it all back.
import type { Archive } from '../archive'
import { getArticle, insertArticle } from '../articles/article-store'
import { anchorPassage } from '../passages/anchor-passage'
import { selectorFor } from '../passages/quote-selector'
import { ImportRefusal, type ImportOutcome } from '../import/import-types'
import { normalizeText } from '../text/normalize'
import type { Block } from '../text/model'
import { decodeLayout, fieldForVariable, LAYOUT_VARIABLE, type ArticleField } from './article-variables'
import { offsetTable } from './code-points'
import { addMemo, upsertPassage } from './exchange-rows'
import { mergeCodebook, type CodebookMerge } from './merge-codebook'
import { placeSelection } from './place-selection'
import type { QdaProject, QdaTextSource } from './qda-model'
import { readSourceText } from './source-text'

interface Planned {
  source: QdaTextSource
  raw: string
  /** Selections in UTF-16 offsets of `raw`. */
  ranges: { start: number; end: number }[]
}

export interface ProjectImport {
  outcomes: ImportOutcome[]
  codebook: CodebookMerge
}

export function applyProject(
  archive: Archive,
  project: QdaProject,
  entries: Map<string, Uint8Array>,
  file: string
): ProjectImport {
  const outcomes: ImportOutcome[] = []
  const label = (name: string): string => `${file} › ${name}`
  // Check every source before writing anything, so a bad selection refuses the whole file.
  const planned: Planned[] = []
  for (const source of project.sources) {
    const found = readSourceText(
      `source "${source.name}"`,
      source.plainTextContent,
      source.plainTextPath,
      entries
    )
    if ('skip' in found || !found.text.trim()) {
      const reason = 'skip' in found ? found.skip : 'its text is empty'
      outcomes.push({
        file: label(source.name),
        outcome: 'refused',
        message: `Skipped: ${reason}.`,
        articleId: null
      })
      continue
    }
    const table = offsetTable(found.text)
    const ranges = source.selections.map((s) => {
      const start = table.toUtf16(s.start)
      const end = table.toUtf16(s.end)
      if (start === null || end === null) {
        throw new ImportRefusal(
          `${file}: a selection in source "${source.name}" is out of range (${s.start}–${s.end}; the text has ${table.length} characters). Nothing was imported.`
        )
      }
      return { start, end }
    })
    planned.push({ source, raw: found.text, ranges })
  }
  for (const s of project.skipped) {
    outcomes.push({
      file: label(s.name || s.guid),
      outcome: 'refused',
      message: `Skipped: ${s.reason}.`,
      articleId: null
    })
  }

  const codebook = mergeCodebook(archive, project.codes)
  const notes = new Map(project.notes.map((n) => [n.guid, n]))
  const usedNotes = new Set<string>()
  const noteText = (guid: string): string => {
    usedNotes.add(guid)
    const n = notes.get(guid)
    if (!n) return ''
    const found = readSourceText(`note "${n.name}"`, n.plainTextContent, n.plainTextPath, entries)
    return 'text' in found && found.text.trim() ? found.text : n.name
  }
  const themesOf = (guids: string[]): number[] => guids.map((g) => codebook.themeOf.get(g) as number)

  const articleOutcomes = planned.map((p) =>
    importSource(archive, p, label(p.source.name), themesOf, noteText)
  )
  outcomes.unshift(...articleOutcomes)

  forEachCode(project.codes, (code) => {
    for (const g of code.noteGuids)
      addMemo(archive, { kind: 'theme', id: codebook.themeOf.get(code.guid) as number }, noteText(g))
  })
  for (const g of project.projectNoteGuids) addMemo(archive, { kind: 'archive' }, noteText(g))
  for (const n of project.notes)
    if (!usedNotes.has(n.guid)) addMemo(archive, { kind: 'archive' }, noteText(n.guid))
  if (project.description.trim()) addMemo(archive, { kind: 'archive' }, project.description)
  return { outcomes, codebook }
}

function forEachCode(codes: QdaProject['codes'], fn: (c: QdaProject['codes'][number]) => void): void {
  for (const c of codes) {
    fn(c)
    forEachCode(c.children, fn)
  }
}

function importSource(
  archive: Archive,
  p: Planned,
  file: string,
  themesOf: (guids: string[]) => number[],
  noteText: (guid: string) => string
): ImportOutcome {
  const { source, raw } = p
  const body = normalizeText(raw)
  const fields: Partial<Record<ArticleField, string>> = {}
  const extra: string[] = []
  let blocks: Block[] | null = null
  for (const v of source.variables) {
    const field = fieldForVariable(v.name)
    if (field) fields[field] = v.value
    else if (v.name === LAYOUT_VARIABLE && raw === body)
      blocks = decodeLayout(v.value, offsetTable(body).toUtf16)
    else if (v.name !== LAYOUT_VARIABLE && v.value.trim()) extra.push(`${v.name}: ${v.value}`)
  }
  const title = source.name.trim() || body.trim().split('\n')[0].slice(0, 120)
  const inserted = insertArticle(
    archive,
    { title, body, blocks: blocks ?? paragraphs(body), ...fields },
    { originalName: source.name || null, originalFormat: 'qdpx' }
  )
  const articleId = inserted.id
  // A duplicate may differ from this text in spacing or case (the content hash ignores both).
  const stored = inserted.kind === 'imported' ? body : getArticle(archive, articleId).body
  const counts = { added: 0, merged: 0, reanchored: 0, unmatched: 0, lost: 0 }
  const place = (
    start: number,
    end: number,
    recorded: string | null
  ): { start: number; end: number } | null => {
    const placed = placeSelection(raw, body, start, end, recorded)
    if (placed.how === 're-anchored') counts.reanchored++
    if (placed.how === 'unmatched') counts.unmatched++
    if (stored === body) return placed
    const moved = anchorPassage(stored, selectorFor(body, placed.start, placed.end))
    if (moved.status === 'anchored') return moved
    counts.lost++
    return null
  }
  source.selections.forEach((s, i) => {
    const at = place(p.ranges[i].start, p.ranges[i].end, s.name)
    if (!at) return
    const note = [s.description, ...s.noteGuids.map(noteText)].filter((t) => t.trim()).join('\n\n')
    const r = upsertPassage(archive, {
      articleId,
      body: stored,
      ...at,
      note,
      themeIds: themesOf(s.codeGuids)
    })
    counts[r.created ? 'added' : 'merged']++
  })
  if (source.codeGuids.length) {
    // Folio codes passages, not whole articles: a code on the whole source becomes a passage over all of it.
    const lead = stored.length - stored.trimStart().length
    const r = upsertPassage(archive, {
      articleId,
      body: stored,
      start: lead,
      end: stored.trimEnd().length,
      note: '',
      themeIds: themesOf(source.codeGuids)
    })
    counts[r.created ? 'added' : 'merged']++
  }
  const target = { kind: 'article', id: articleId } as const
  if (source.description.trim()) addMemo(archive, target, source.description)
  for (const g of source.noteGuids) addMemo(archive, target, noteText(g))
  if (extra.length) addMemo(archive, target, `Variables from the imported project:\n${extra.join('\n')}`)

  const parts = [`${counts.added} passage${counts.added === 1 ? '' : 's'} added`]
  if (counts.merged) parts.push(`${counts.merged} already there`)
  if (counts.reanchored) parts.push(`${counts.reanchored} re-anchored on their recorded text`)
  if (counts.lost) parts.push(`${counts.lost} not found in the archive's copy of the article and left out`)
  if (counts.unmatched)
    parts.push(`${counts.unmatched} kept at their recorded position though their recorded text differs`)
  const summary = parts.join(', ') + '.'
  return inserted.kind === 'imported'
    ? { file, outcome: 'imported', message: summary, articleId, title }
    : {
        file,
        outcome: 'duplicate',
        message: `Already in the archive as article ${articleId}; ${summary}`,
        articleId,
        title
      }
}

/** Paragraph blocks from blank-line-separated text, for sources that carry no Folio layout. */
function paragraphs(body: string): Block[] {
  const blocks: Block[] = []
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const text = m[0]
    const lead = text.length - text.trimStart().length
    const start = m.index + lead
    const end = m.index + text.trimEnd().length
    if (end > start) blocks.push({ kind: 'paragraph', start, end })
  }
  return blocks
}
