// Importing projects written by other tools: NFD text with CRLF, recorded text that moved, colours in
// short form, duplicate names, non-text sources, notes, whole-source codings, and a bare codebook.
import { afterEach, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../archive'
import { listThemes } from '../themes/theme-store'
import { importQdaBytes } from './import-qda'
import { makeQdpx, PROJECT_OPEN } from './test-helpers'

const open: Archive[] = []
afterEach(() => open.splice(0).forEach((a) => a.close()))
const fresh = (): Archive => {
  const a = openArchive(':memory:')
  open.push(a)
  return a
}
const g = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

// NFD (as some tools on macOS write it) with Windows line endings and an emoji: code points differ
// from Folio's stored NFC/LF UTF-16 text in three ways.
const RAW = 'Tin Cần Thơ 🌾\r\n\r\nLiên kết vùng được đẩy mạnh.\r\nĐối ngoại mở rộng với Nhật Bản.'.normalize(
  'NFD'
)
const cp = (needle: string): [number, number] => {
  const at = RAW.indexOf(needle.normalize('NFD'))
  if (at < 0) throw new Error(needle)
  const start = [...RAW.slice(0, at)].length
  return [start, start + [...needle.normalize('NFD')].length]
}

function otherToolProject(): Uint8Array {
  const [s1, e1] = cp('Liên kết vùng')
  const [s2, e2] = cp('Nhật Bản')
  const qde = `${PROJECT_OPEN}
  <CodeBook><Codes>
    <Code guid="${g(1)}" name="regional LINKS" isCodable="true" color="#abc"/>
    <Code guid="${g(2)}" name="Quốc tế" isCodable="false" color="#123456">
      <Description>Mọi thứ về quốc tế</Description>
      <NoteRef targetGUID="${g(31)}"/>
      <Code guid="${g(3)}" name="Khác" isCodable="true"/>
      <Code guid="${g(4)}" name="Nhật Bản" isCodable="true" color="#FF0000"><Code guid="${g(5)}" name="khác" isCodable="true"/></Code>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="${g(40)}" name="Author" typeOfVariable="Text"/><Variable guid="${g(41)}" name="Region" typeOfVariable="Text"/></Variables>
  <Sources>
    <TextSource guid="${g(10)}" name="Tin Cần Thơ" plainTextPath="internal://${g(10)}.txt">
      <Description>Nguồn từ một công cụ khác</Description>
      <PlainTextSelection guid="${g(11)}" name="Liên kết vùng" startPosition="${s1}" endPosition="${e1}">
        <Description>ghi chú của đoạn</Description>
        <Coding guid="${g(12)}"><CodeRef targetGUID="${g(1)}"/></Coding>
        <Coding guid="${g(13)}"><CodeRef targetGUID="${g(3)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(14)}" name="Nhật Bản" startPosition="${s1}" endPosition="${s1 + 8}">
        <Coding guid="${g(15)}"><CodeRef targetGUID="${g(4)}"/></Coding>
        <NoteRef targetGUID="${g(32)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="${g(16)}" name="Nhật…" startPosition="${s2}" endPosition="${e2}"/>
      <Coding guid="${g(17)}"><CodeRef targetGUID="${g(5)}"/></Coding>
      <VariableValue><VariableRef targetGUID="${g(40)}"/><TextValue>Lê Minh</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${g(41)}"/><TextValue>ĐBSCL</TextValue></VariableValue>
    </TextSource>
    <PDFSource guid="${g(20)}" name="Báo cáo.pdf" path="internal://${g(20)}.pdf"/>
    <TextSource guid="${g(21)}" name="Bên ngoài" plainTextPath="relative://docs/a.txt"/>
  </Sources>
  <Notes>
    <Note guid="${g(31)}" name="Memo"><PlainTextContent>Memo về mã Quốc tế</PlainTextContent></Note>
    <Note guid="${g(32)}" name="Note"><PlainTextContent>Đã kiểm tra vị trí</PlainTextContent></Note>
    <Note guid="${g(33)}" name="Dự án"><PlainTextContent>Ghi chú chung của dự án</PlainTextContent></Note>
  </Notes>
</Project>`
  return makeQdpx(qde, { [`sources/${g(10)}.txt`]: RAW, [`sources/${g(20)}.pdf`]: '%PDF-1.4' })
}

describe('importing a project from another tool', () => {
  it('maps codes onto themes: existing names by case, hierarchy, colours, duplicates renamed', () => {
    const a = fresh()
    const outcomes = importQdaBytes(a, otherToolProject(), 'other.qdpx')
    expect(outcomes[0].message).toMatch(
      /4 themes added; 1 mapped onto existing themes of the same name \(regional LINKS\); renamed because the file uses a name twice: khác → khác \(Nhật Bản\)/
    )
    const themes = listThemes(a)
    expect(themes.filter((t) => t.name.toLowerCase() === 'regional links')).toHaveLength(1)
    const byName = new Map(themes.map((t) => [t.name, t]))
    expect(byName.get('Quốc tế')?.color).toBe('#123456')
    expect(byName.get('Quốc tế')?.description).toBe('Mọi thứ về quốc tế')
    expect(byName.get('Khác')?.parentId).toBe(byName.get('Quốc tế')?.id)
    expect(byName.get('khác (Nhật Bản)')?.parentId).toBe(byName.get('Nhật Bản')?.id)
    expect(byName.get('Nhật Bản')?.color).toBe('#FF0000')
    expect(byName.get('Khác')?.color).toMatch(/^#[0-9A-F]{6}$/i)
  })

  it('turns selections into passages on the stored NFC text, re-anchoring one whose recorded text moved', () => {
    const a = fresh()
    const outcomes = importQdaBytes(a, otherToolProject(), 'other.qdpx')
    expect(outcomes[0]).toMatchObject({ outcome: 'imported', title: 'Tin Cần Thơ' })
    expect(outcomes[0].message).toMatch(
      /3 passages added, 1 already there, 1 re-anchored on their recorded text/
    )
    const body = (a.db.prepare('SELECT body FROM articles').get() as { body: string }).body
    expect(body).toBe(RAW.normalize('NFC').replace(/\r\n/g, '\n'))
    const rows = a.db
      .prepare(
        `SELECT p.start, p.end, p.exact, p.note, (SELECT group_concat(t.name, '|') FROM passage_themes pt JOIN themes t ON t.id = pt.theme_id WHERE pt.passage_id = p.id) AS themes
         FROM passages p ORDER BY p.start, p.end`
      )
      .all() as { start: number; end: number; exact: string; note: string; themes: string | null }[]
    for (const r of rows) expect(body.slice(r.start, r.end)).toBe(r.exact)
    const find = (exact: string): (typeof rows)[number] | undefined => rows.find((r) => r.exact === exact)
    expect(find('Liên kết vùng')).toMatchObject({ note: 'ghi chú của đoạn' })
    expect(find('Liên kết vùng')?.themes?.split('|').sort()).toEqual(['Khác', 'Regional links'])
    // Recorded "Nhật Bản" at the position of "Liên kết": re-anchored onto the words it recorded (where
    // the third selection, labelled "Nhật…" as tools truncate, already is: one passage, merged).
    expect(rows.filter((r) => r.exact === 'Nhật Bản')).toHaveLength(1)
    expect(find('Nhật Bản')).toMatchObject({ note: 'Đã kiểm tra vị trí' })
    expect(find('Nhật Bản')?.themes).toBe('Nhật Bản')
    // The whole-source coding becomes a passage over the whole text.
    expect(rows.find((r) => r.start === 0 && r.end === body.length)?.themes).toBe('khác (Nhật Bản)')
  })

  it('lists sources other than text as skipped with a reason, keeps notes and variables', () => {
    const a = fresh()
    const outcomes = importQdaBytes(a, otherToolProject(), 'other.qdpx')
    expect(outcomes.slice(1).map((o) => [o.file, o.outcome, o.message])).toEqual([
      [
        'other.qdpx › Bên ngoài',
        'refused',
        'Skipped: its text is kept outside the project file (relative://docs/a.txt).'
      ],
      ['other.qdpx › Báo cáo.pdf', 'refused', 'Skipped: a PDF source: Folio imports text sources only.']
    ])
    expect(a.db.prepare('SELECT author FROM articles').get()).toEqual({ author: 'Lê Minh' })
    const memos = a.db.prepare('SELECT target_kind, body FROM memos ORDER BY id').all()
    expect(memos).toEqual([
      { target_kind: 'article', body: 'Nguồn từ một công cụ khác' },
      { target_kind: 'article', body: 'Variables from the imported project:\nRegion: ĐBSCL' },
      { target_kind: 'theme', body: 'Memo về mã Quốc tế' },
      { target_kind: 'archive', body: 'Ghi chú chung của dự án' }
    ])
  })

  it('imports a bare codebook (.qdc) as themes only', () => {
    const a = fresh()
    const qdc = `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"><Codes>
      <Code guid="${g(1)}" name="Môi trường" isCodable="true" color="#00AA00"><Description>Khí hậu

Vietnamese name: Môi trường
Keywords: khí hậu; ngập mặn</Description><Code guid="${g(2)}" name="Ngập mặn 🌊" isCodable="true"/></Code>
      <Code guid="${g(3)}" name="OUTLOOK" isCodable="true"/></Codes></CodeBook>`
    const outcomes = importQdaBytes(a, new TextEncoder().encode(qdc), 'codes.qdc')
    expect(outcomes).toEqual([
      {
        file: 'codes.qdc',
        outcome: 'imported',
        message: 'Codebook: 2 themes added; 1 mapped onto existing themes of the same name (OUTLOOK).',
        articleId: null
      }
    ])
    const env = listThemes(a).find((t) => t.name === 'Môi trường')
    expect(env).toMatchObject({
      color: '#00AA00',
      description: 'Khí hậu',
      nameVi: 'Môi trường',
      keywords: ['khí hậu', 'ngập mặn']
    })
    expect(listThemes(a).find((t) => t.name === 'Ngập mặn 🌊')?.parentId).toBe(env?.id)
  })
})
