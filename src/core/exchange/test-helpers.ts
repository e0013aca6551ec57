// Test helpers for the exchange tests (not shipped code paths): schema validation with xmllint, zips
// written by hand, and a full dump of the archive to prove that a refused import changed nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Archive } from '../archive'

export const REFI_DIR = join(__dirname, '..', '..', '..', 'test-data', 'refi')

export const XMLLINT_MISSING: string | null = spawnSync('xmllint', ['--version']).error
  ? 'xmllint is not installed (Debian package libxml2-utils)'
  : null

/** xmllint --noout --schema: null when valid, else its complaint. */
export function validateWithXmllint(xml: string, schema: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'folio-xsd-'))
  try {
    const file = join(dir, 'doc.xml')
    writeFileSync(file, xml)
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(REFI_DIR, schema), file], {
      encoding: 'utf8'
    })
    return r.status === 0 ? null : r.stderr.trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A .qdpx written the way another tool might: project.qde plus named text entries. */
export function makeQdpx(qde: string, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  const z: Zippable = { 'project.qde': strToU8(qde) }
  for (const [name, v] of Object.entries(files)) z[name] = typeof v === 'string' ? strToU8(v) : v
  return zipSync(z)
}

const TABLES = ['articles', 'themes', 'passages', 'passage_themes', 'memos', 'imports', 'meta']

/** Every row of every table a QDA import could touch, as one string. */
export function dumpArchive(archive: Archive): string {
  return TABLES.map(
    (t) => `${t}: ${JSON.stringify(archive.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())}`
  ).join('\n')
}

export const PROJECT_OPEN =
  '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Other tool" origin="Another QDA tool">'
