// Reads a TSV with a header line into objects keyed by column name.
import { readFileSync } from 'node:fs'

export function readManifest(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean)
  const cols = head.split('\t')
  return rows.map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']))
  })
}
