// REFI-QDA exports: the whole project (.qdpx, a zip of project.qde and sources/*.txt) and the codebook (.qdc).
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Archive } from '../archive'
import { FolioError } from '../errors'
import { codeElements } from './codebook-xml'
import { buildProjectXml, ORIGIN, projectName } from './project-xml'
import { readCodebook, readExportModel } from './qda-read-model'
import { guidsFor } from './stable-guid'
import { el, xmlDocument } from './xml-writer'

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0'

export interface QdpxExport {
  bytes: Buffer
  sources: number
  passages: number
  themes: number
  memos: number
  /** Orphan passages (no longer placed in their article's text) cannot be written as positions. */
  orphansLeftOut: number
}

export function exportQdpxDetailed(archive: Archive): QdpxExport {
  const guid = guidsFor(archive)
  const model = readExportModel(archive)
  const project = buildProjectXml(model, guid, projectName(archive.path))
  const files: Zippable = { 'project.qde': strToU8(project.xml) }
  const sources: Zippable = {}
  for (const s of project.sources) sources[`${s.guid}.txt`] = strToU8(s.text)
  if (project.sources.length) files.sources = sources
  const bytes = Buffer.from(zipSync(files, { level: 6 }))
  return {
    bytes,
    sources: project.sources.length,
    passages: project.passages,
    themes: model.themes.length,
    memos: model.memos.length,
    orphansLeftOut: project.orphansLeftOut
  }
}

/** The archive as a REFI-QDA project file (.qdpx bytes). */
export function exportQdpx(archive: Archive): Buffer {
  return exportQdpxDetailed(archive).bytes
}

/** The codebook as a REFI-QDA codebook file (.qdc, UTF-8 XML). */
export function exportQdc(archive: Archive): Buffer {
  const guid = guidsFor(archive)
  const themes = readCodebook(archive)
  if (!themes.length)
    throw new FolioError('invalid-input', 'The codebook is empty: there is nothing to export.')
  const root = el('CodeBook', { xmlns: CODEBOOK_NS, origin: ORIGIN }, [
    el('Codes', {}, codeElements(themes, { guid: (id) => guid('theme', id) }))
  ])
  return Buffer.from(xmlDocument(root), 'utf8')
}
