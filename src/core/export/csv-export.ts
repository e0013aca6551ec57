// Passages as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese), one row per
// passage and theme, with the article's metadata, offsets, quote and note.
import Papa from 'papaparse'
import type { Archive } from '../archive'
import type { ExportSelection } from './brief-data'
import { passageRecords, type OpenExportOptions } from './passage-rows'

export const CSV_COLUMNS = [
  'passage_id',
  'theme',
  'theme_vi',
  'article_id',
  'article_title',
  'source',
  'author',
  'category',
  'published_at',
  'url',
  'start',
  'end',
  'quote',
  'note',
  'status',
  'created_at'
] as const

export function exportCsv(
  archive: Archive,
  selection: ExportSelection,
  options: OpenExportOptions = {}
): Buffer {
  const { records } = passageRecords(archive, selection, options)
  const wanted = options.themeIds?.length ? new Set(options.themeIds) : null
  const rows: (string | number)[][] = []
  for (const { passage: p, article: a, themes } of records) {
    const shown = themes.filter((t) => !wanted || wanted.has(t.id))
    for (const t of shown.length ? shown : [null])
      rows.push([
        p.id,
        t?.name ?? '',
        t?.nameVi ?? '',
        a.id,
        a.title,
        a.source ?? '',
        a.author ?? '',
        a.category ?? '',
        a.publishedAt ?? '',
        a.url ?? '',
        p.start,
        p.end,
        p.exact.normalize('NFC'),
        p.note.normalize('NFC'),
        p.status,
        p.createdAt
      ])
  }
  // escapeFormulae: a quote that starts with = + - @ must not run as a formula in a spreadsheet.
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: true }
  )
  return Buffer.from('\uFEFF' + csv + '\r\n', 'utf8')
}
