// The export module's theme brief (src/core/export/pdf/theme-brief.ts), over a list of articles.
import type { Archive } from '../src/core/archive'
import { exportThemeBrief } from '../src/core/export/pdf/theme-brief'

export type BriefExporter = (archive: Archive, articleIds: number[]) => Promise<Buffer>

export async function loadBriefExporter(): Promise<BriefExporter> {
  return (archive, articleIds) => exportThemeBrief(archive, { kind: 'articles', articleIds })
}
