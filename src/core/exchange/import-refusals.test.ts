// Bad .qdpx/.qdc input: one clear message each, and the archive exactly as it was before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser, XMLSerializer } from '@xmldom/xmldom'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../archive'
import { ImportRefusal } from '../import/import-types'
import { exportQdpx } from './export-qda'
import { importQdaBytes, importQdaFile } from './import-qda'
import { buildFixture } from './test-fixture'
import { dumpArchive, makeQdpx, PROJECT_OPEN } from './test-helpers'

const SECRET = 'FOLIO-XXE-CANARY-7f3a9c'
let dir: string
let secretPath: string
let archive: Archive
let valid: Uint8Array

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-qda-bad-'))
  secretPath = join(dir, 'secret.txt')
  writeFileSync(secretPath, SECRET)
  const source = openArchive(':memory:')
  buildFixture(source)
  valid = exportQdpx(source)
  source.close()
  archive = openArchive(':memory:')
  buildFixture(archive)
})
afterAll(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

const TEXT_GUID = '11111111-1111-4111-8111-111111111111'
const CODE_GUID = '22222222-2222-4222-8222-222222222222'
const SEL_GUID = '33333333-3333-4333-8333-333333333333'

function project(selection: string, code = `<Code guid="${CODE_GUID}" name="Mã" isCodable="true"/>`): string {
  return `${PROJECT_OPEN}<CodeBook><Codes>${code}</Codes></CodeBook><Sources>
    <TextSource guid="${TEXT_GUID}" name="Bài" plainTextPath="internal://${TEXT_GUID}.txt">${selection}</TextSource>
  </Sources></Project>`
}
const sel = (start: number, end: number, code = CODE_GUID): string =>
  `<PlainTextSelection guid="${SEL_GUID}" startPosition="${start}" endPosition="${end}"><Coding guid="44444444-4444-4444-8444-444444444444"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`
const withText = (qde: string, text = 'Cần Thơ 🌾🌾'): Uint8Array =>
  makeQdpx(qde, { [`sources/${TEXT_GUID}.txt`]: text })

function forgeSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue
    const nameLength = view.getUint16(i + 28, true)
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength)) === name)
      view.setUint32(i + 24, size, true)
  }
  return out
}

const bomb = zipSync(
  { 'project.qde': strToU8(project('')), [`sources/${TEXT_GUID}.txt`]: new Uint8Array(3 * 1048576).fill(32) },
  { level: 9 }
)

const CASES: { name: string; bytes: () => Uint8Array; file?: string; message: RegExp }[] = [
  {
    name: 'a file that is not a zip',
    bytes: () => strToU8('Đây không phải là tệp zip.'),
    message: /not a zip archive/
  },
  { name: 'a damaged zip', bytes: () => valid.slice(0, 200), message: /zip archive is damaged/ },
  {
    name: 'a zip without project.qde',
    bytes: () => zipSync({ 'other.txt': strToU8('x') }),
    message: /holds no project\.qde/
  },
  {
    name: 'an entry climbing out with ../',
    bytes: () => makeQdpx(project(''), { '../../evil.txt': 'x' }),
    message: /climbs out of the project \(\.\.\/\.\.\/evil\.txt\)/
  },
  {
    name: 'an entry with an absolute path',
    bytes: () => makeQdpx(project(''), { '/etc/cron.d/evil': 'x' }),
    message: /absolute path/
  },
  { name: 'a zip bomb (3 MB of spaces in a few KB)', bytes: () => bomb, message: /possible zip bomb/ },
  {
    name: 'an entry whose declared size is enormous',
    bytes: () => forgeSize(withText(project('')), `sources/${TEXT_GUID}.txt`, 0xfffffff0),
    message: /possible zip bomb/
  },
  {
    name: 'project.qde that is not XML',
    bytes: () => makeQdpx('<Project name="x"><CodeBook></Project>'),
    message: /project\.qde is not valid XML/
  },
  {
    name: 'project.qde that is not UTF-8',
    bytes: () => zipSync({ 'project.qde': new Uint8Array([0x3c, 0x50, 0xff, 0xfe, 0x3e]) }),
    message: /not UTF-8 XML/
  },
  {
    name: 'a root that is not a project',
    bytes: () => makeQdpx('<?xml version="1.0"?><html/>'),
    message: /not a REFI-QDA project or codebook/
  },
  {
    name: 'an external entity (XXE) pointing at a local file',
    bytes: () =>
      makeQdpx(
        `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file://${secretPath}">]>` +
          project('', `<Code guid="${CODE_GUID}" name="&xxe;" isCodable="true"/>`).replace(
            /^<\?xml[^>]*>/,
            ''
          )
      ),
    message: /declares a DOCTYPE or entities/
  },
  {
    name: 'a selection past the end of the text (in code points)',
    bytes: () => withText(project(sel(8, 11))),
    message: /out of range \(8–11; the text has 10 characters\)/
  },
  {
    name: 'a selection that ends before it starts',
    bytes: () => withText(project(sel(5, 2))),
    message: /out of range \(5–2\)/
  },
  {
    name: 'a negative position',
    bytes: () => withText(project(sel(-1, 2))),
    message: /startPosition="-1", which is not a position/
  },
  {
    name: 'a coding of an unknown code',
    bytes: () => withText(project(sel(0, 3, '55555555-5555-4555-8555-555555555555'))),
    message: /refers to code 55555555-5555-4555-8555-555555555555, which the project does not define/
  },
  {
    name: 'a source file missing from the zip',
    bytes: () => makeQdpx(project(sel(0, 3))),
    message: /names sources\/11111111-1111-4111-8111-111111111111\.txt, which it does not hold/
  },
  {
    name: 'a codebook (.qdc) that is not XML',
    bytes: () => strToU8('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'),
    file: 'codes.qdc',
    message: /codes\.qdc is not valid XML/
  }
]

describe('refused REFI-QDA input', () => {
  it.each(CASES)('$name: one clear message, nothing imported', ({ bytes, file, message }) => {
    const before = dumpArchive(archive)
    let error: unknown = null
    try {
      importQdaBytes(archive, bytes(), file ?? 'bad.qdpx')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportRefusal)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message.split('\n')).toHaveLength(1)
    expect(dumpArchive(archive)).toBe(before)
  })

  it('a bad selection in the LAST source refuses the sources before it too', () => {
    const before = dumpArchive(archive)
    const second = '66666666-6666-4666-8666-666666666666'
    const qde = project('').replace(
      '</Sources>',
      `<TextSource guid="${second}" name="Hai" plainTextPath="internal://${second}.txt">${sel(0, 99).replace(SEL_GUID, '77777777-7777-4777-8777-777777777777')}</TextSource></Sources>`
    )
    const bytes = makeQdpx(qde, {
      [`sources/${TEXT_GUID}.txt`]: 'Bài một, hoàn toàn hợp lệ.',
      [`sources/${second}.txt`]: 'ngắn'
    })
    expect(() => importQdaBytes(archive, bytes, 'x.qdpx')).toThrow(/out of range/)
    expect(dumpArchive(archive)).toBe(before)
  })

  it('XXE is impossible: the local file never reaches the archive, even with xmldom alone', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://${secretPath}">]><r>&xxe;</r>`
    // The library on its own does not read the file either (defence in depth behind the DOCTYPE refusal).
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xxe, 'text/xml')
    expect(new XMLSerializer().serializeToString(doc)).not.toContain(SECRET)
    expect(() => importQdaBytes(archive, makeQdpx(xxe), 'x.qdpx')).toThrow(ImportRefusal)
    expect(dumpArchive(archive)).not.toContain(SECRET)
  })

  it('a missing or empty file is refused by importQdaFile before anything is read', async () => {
    await expect(importQdaFile(archive, join(dir, 'none.qdpx'), 'b')).rejects.toThrow('No such file.')
    writeFileSync(join(dir, 'empty.qdpx'), '')
    await expect(importQdaFile(archive, join(dir, 'empty.qdpx'), 'b')).rejects.toThrow('The file is empty.')
  })
})
