// The exported project: valid against REFI-QDA 1.0, elements in schema order, code point positions,
// and the same GUIDs on a second export.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../archive'
import { exportQdc, exportQdpx, exportQdpxDetailed } from './export-qda'
import { buildFixture } from './test-fixture'
import { validateWithXmllint, XMLLINT_MISSING } from './test-helpers'

const open: Archive[] = []
const dirs: string[] = []
afterEach(() => {
  open.splice(0).forEach((a) => a.close())
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

function fixtureArchive(path = ':memory:'): Archive {
  const a = openArchive(path)
  open.push(a)
  buildFixture(a)
  return a
}

function unpack(bytes: Uint8Array): { qde: string; files: Record<string, Uint8Array>; doc: Element } {
  const files = unzipSync(bytes)
  const qde = strFromU8(files['project.qde'])
  return { qde, files, doc: new DOMParser().parseFromString(qde, 'text/xml').documentElement as Element }
}

const elements = (e: Element, name: string): Element[] =>
  Array.from(e.getElementsByTagNameNS('urn:QDA-XML:project:1.0', name))

describe('REFI-QDA project export', () => {
  it('validates against the REFI-QDA 1.0 Project.xsd', ({ skip }) => {
    if (XMLLINT_MISSING) skip(XMLLINT_MISSING)
    const { qde } = unpack(exportQdpx(fixtureArchive()))
    expect(validateWithXmllint(qde, 'Project.xsd')).toBeNull()
  })

  it('the schema check can fail: a project with its children out of order is rejected', ({ skip }) => {
    if (XMLLINT_MISSING) skip(XMLLINT_MISSING)
    const { qde } = unpack(exportQdpx(fixtureArchive()))
    const users = /\s*<Users>[\s\S]*?<\/Users>/.exec(qde)?.[0] as string
    const swapped = qde.replace(users, '').replace('</Project>', `${users}\n</Project>`)
    expect(validateWithXmllint(swapped, 'Project.xsd')).toMatch(/Users/)
  })

  it('writes the project children in the order the schema requires', () => {
    const { doc } = unpack(exportQdpx(fixtureArchive()))
    const names = Array.from(doc.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as Element).localName)
    expect(names).toEqual(['Users', 'CodeBook', 'Variables', 'Sources', 'Notes', 'NoteRef'])
    expect(doc.namespaceURI).toBe('urn:QDA-XML:project:1.0')
  })

  it('gives selections in code points: each names exactly the code points it spans', () => {
    const { doc, files } = unpack(exportQdpx(fixtureArchive()))
    const selections = elements(doc, 'PlainTextSelection')
    expect(selections).toHaveLength(5)
    let nonBmp = 0
    for (const source of elements(doc, 'TextSource')) {
      const path = source.getAttribute('plainTextPath') as string
      expect(path).toMatch(/^internal:\/\/[0-9a-f-]{36}\.txt$/)
      const text = strFromU8(files[`sources/${path.slice('internal://'.length)}`])
      const points = [...text]
      for (const sel of Array.from(
        source.getElementsByTagNameNS('urn:QDA-XML:project:1.0', 'PlainTextSelection')
      )) {
        const start = Number(sel.getAttribute('startPosition'))
        const end = Number(sel.getAttribute('endPosition'))
        expect(points.slice(start, end).join('')).toBe(sel.getAttribute('name'))
        if (text.indexOf(sel.getAttribute('name') as string) !== start) nonBmp++
      }
    }
    // The fixture puts emoji before most passages, so UTF-16 offsets would have been wrong for them.
    expect(nonBmp).toBeGreaterThanOrEqual(3)
  })

  it('keeps the codebook nested with colours, and memos as notes referenced from their targets', () => {
    const { doc } = unpack(exportQdpx(fixtureArchive()))
    const codes = elements(doc, 'Code')
    const rice = codes.find((c) => c.getAttribute('name') === 'Lúa chất lượng cao') as Element
    expect((rice.parentNode as Element).getAttribute('name')).toBe('Nông nghiệp 🌾')
    expect(((rice.parentNode as Element).parentNode as Element).getAttribute('name')).toBe(
      'Kinh tế & "đầu tư" <vùng>'
    )
    expect(rice.getAttribute('color')).toBe('#C98A1B')
    const notes = elements(doc, 'Note')
    expect(
      notes.map(
        (n) => n.getElementsByTagNameNS('urn:QDA-XML:project:1.0', 'PlainTextContent')[0]?.textContent
      )
    ).toContain('Memo về kinh tế 💰\nhai dòng')
    const refs = new Set(elements(doc, 'NoteRef').map((r) => r.getAttribute('targetGUID')))
    for (const n of notes) expect(refs.has(n.getAttribute('guid'))).toBe(true)
  })

  it('names every object the same way on a second export, also after reopening the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'folio-qdpx-'))
    dirs.push(dir)
    const path = join(dir, 'a.sqlite')
    const first = unpack(exportQdpx(fixtureArchive(path))).qde
    open.splice(0).forEach((a) => a.close())
    const reopened = openArchive(path)
    open.push(reopened)
    const second = unpack(exportQdpx(reopened)).qde
    const guids = (s: string): string[] => [...s.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1])
    expect(guids(first).length).toBeGreaterThan(20)
    expect(guids(second)).toEqual(guids(first))
    expect(new Set(guids(first)).size).toBe(guids(first).length)
    // A different archive names its objects differently.
    expect(guids(unpack(exportQdpx(fixtureArchive())).qde)[1]).not.toBe(guids(first)[1])
  })

  it('leaves out orphan passages and says how many', () => {
    const a = fixtureArchive()
    a.db.prepare("UPDATE passages SET status = 'orphan' WHERE id = 1").run()
    const result = exportQdpxDetailed(a)
    expect(result.passages).toBe(4)
    expect(result.orphansLeftOut).toBe(1)
  })
})

describe('REFI-QDA codebook export', () => {
  it('validates against the codebook schema kept in test-data/refi', ({ skip }) => {
    if (XMLLINT_MISSING) skip(XMLLINT_MISSING)
    const xml = exportQdc(fixtureArchive()).toString('utf8')
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"')
    expect(validateWithXmllint(xml, 'Codebook.xsd')).toBeNull()
  })

  it('uses the same code GUIDs as the project export', () => {
    const a = fixtureArchive()
    const codeGuids = (xml: string): string[] => [...xml.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1])
    expect(codeGuids(exportQdc(a).toString('utf8'))).toEqual(codeGuids(unpack(exportQdpx(a)).qde))
  })
})
