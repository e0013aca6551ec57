// project.qde / .qdc XML → QdaProject, checking what the archive will rely on: required attributes,
// integer positions, and that every CodeRef and NoteRef names something the file defines.
import type { Element } from '@xmldom/xmldom'
import { ImportRefusal } from '../import/import-types'
import type { QdaCode, QdaNote, QdaProject, QdaSelection, QdaSkippedSource, QdaTextSource } from './qda-model'
import { parseXml } from './safe-xml'

const SKIP_REASON: Record<string, string> = {
  PDFSource: 'a PDF source: Folio imports text sources only',
  PictureSource: 'a picture: Folio imports text sources only',
  AudioSource: 'an audio recording: Folio imports text sources only',
  VideoSource: 'a video: Folio imports text sources only'
}

const kids = (e: Element, name?: string): Element[] =>
  Array.from(e.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (!name || (n as Element).localName === name)
  )
const kid = (e: Element, name: string): Element | undefined => kids(e, name)[0]
const text = (e: Element | undefined): string => (e ? (e.textContent ?? '') : '')

export function parseQdaXml(xml: string, file: string): QdaProject {
  const root = parseXml(xml, file).documentElement as Element
  const kind = root.localName === 'Project' ? 'project' : root.localName === 'CodeBook' ? 'codebook' : null
  if (!kind)
    throw new ImportRefusal(
      `${file} is not a REFI-QDA project or codebook (its root is <${root.localName}>).`
    )
  const ctx = new ParseContext(file)
  const codebook = kind === 'project' ? kid(root, 'CodeBook') : root
  const codesEl = codebook && kid(codebook, 'Codes')
  const codes = codesEl ? kids(codesEl, 'Code').map((c) => ctx.code(c)) : []
  const section = (name: string): Element[] => {
    const holder = kind === 'project' ? kid(root, name) : undefined
    return holder ? kids(holder) : []
  }
  const variableNames = new Map<string, string>()
  for (const v of section('Variables').filter((e) => e.localName === 'Variable')) {
    variableNames.set(ctx.guid(v, 'Variable'), ctx.required(v, 'name', 'Variable'))
  }
  const sources: QdaTextSource[] = []
  const skipped: QdaSkippedSource[] = []
  for (const s of section('Sources')) {
    const tag = s.localName ?? s.tagName
    const guid = ctx.guid(s, tag)
    const name = s.getAttribute('name') ?? ''
    if (tag === 'TextSource') sources.push(ctx.textSource(s, guid, name, variableNames))
    else skipped.push({ guid, name, kind: tag, reason: SKIP_REASON[tag] ?? `a ${tag}` })
  }
  const notes: QdaNote[] = section('Notes')
    .filter((e) => e.localName === 'Note')
    .map((n) => {
      const guid = ctx.guid(n, 'Note')
      ctx.noteDefined.add(guid)
      const content = kid(n, 'PlainTextContent')
      return {
        guid,
        name: n.getAttribute('name') ?? '',
        plainTextPath: n.getAttribute('plainTextPath'),
        plainTextContent: content ? text(content) : null
      }
    })
  const project: QdaProject = {
    kind,
    codes,
    sources,
    skipped,
    notes,
    projectNoteGuids: kind === 'project' ? kids(root, 'NoteRef').map((r) => ctx.ref(r, 'NoteRef')) : [],
    description: kind === 'project' ? text(kid(root, 'Description')) : ''
  }
  ctx.checkReferences()
  return project
}

class ParseContext {
  readonly codeDefined = new Set<string>()
  readonly noteDefined = new Set<string>()
  private readonly codeRefs: { target: string; where: string }[] = []
  private readonly noteRefs: { target: string; where: string }[] = []
  private readonly seen = new Set<string>()

  constructor(private readonly file: string) {}

  required(e: Element, attr: string, what: string): string {
    const v = e.getAttribute(attr)
    if (v === null || v === '') throw new ImportRefusal(`${this.file}: a ${what} has no ${attr}.`)
    return v
  }

  guid(e: Element, what: string): string {
    const g = this.required(e, 'guid', what).replace(/[{}]/g, '').toLowerCase()
    if (this.seen.has(g)) throw new ImportRefusal(`${this.file}: the GUID ${g} is used twice.`)
    this.seen.add(g)
    return g
  }

  ref(e: Element, what: string): string {
    return this.required(e, 'targetGUID', what).replace(/[{}]/g, '').toLowerCase()
  }

  private noteRefsOf(e: Element, where: string): string[] {
    return kids(e, 'NoteRef').map((r) => {
      const target = this.ref(r, 'NoteRef')
      this.noteRefs.push({ target, where })
      return target
    })
  }

  private codingsOf(e: Element, where: string): string[] {
    return kids(e, 'Coding').map((c) => {
      const ref = kid(c, 'CodeRef')
      if (!ref) throw new ImportRefusal(`${this.file}: a coding in ${where} has no CodeRef.`)
      const target = this.ref(ref, 'CodeRef')
      this.codeRefs.push({ target, where })
      return target
    })
  }

  code(e: Element): QdaCode {
    const guid = this.guid(e, 'Code')
    this.codeDefined.add(guid)
    const name = this.required(e, 'name', 'Code')
    return {
      guid,
      name,
      color: e.getAttribute('color'),
      description: text(kid(e, 'Description')),
      noteGuids: this.noteRefsOf(e, `code "${name}"`),
      children: kids(e, 'Code').map((c) => this.code(c))
    }
  }

  textSource(s: Element, guid: string, name: string, variables: Map<string, string>): QdaTextSource {
    const where = `source "${name || guid}"`
    const selections: QdaSelection[] = kids(s, 'PlainTextSelection').map((sel) => {
      const selGuid = this.guid(sel, 'PlainTextSelection')
      const start = this.position(sel, 'startPosition', where)
      const end = this.position(sel, 'endPosition', where)
      if (end <= start) {
        throw new ImportRefusal(`${this.file}: a selection in ${where} is out of range (${start}–${end}).`)
      }
      return {
        guid: selGuid,
        name: sel.getAttribute('name'),
        start,
        end,
        description: text(kid(sel, 'Description')),
        codeGuids: this.codingsOf(sel, where),
        noteGuids: this.noteRefsOf(sel, where)
      }
    })
    return {
      guid,
      name,
      plainTextPath: s.getAttribute('plainTextPath'),
      plainTextContent: kid(s, 'PlainTextContent') ? text(kid(s, 'PlainTextContent')) : null,
      description: text(kid(s, 'Description')),
      selections,
      codeGuids: this.codingsOf(s, where),
      noteGuids: this.noteRefsOf(s, where),
      variables: kids(s, 'VariableValue').flatMap((vv) => {
        const ref = kid(vv, 'VariableRef')
        const target = ref ? this.ref(ref, 'VariableRef') : ''
        const valueEl = kids(vv).find((c) => c.localName !== 'VariableRef')
        const varName = variables.get(target)
        if (!varName)
          throw new ImportRefusal(`${this.file}: ${where} refers to a variable the project does not define.`)
        return valueEl ? [{ name: varName, value: text(valueEl) }] : []
      })
    }
  }

  private position(e: Element, attr: string, where: string): number {
    const raw = this.required(e, attr, 'PlainTextSelection').trim()
    const n = Number(raw)
    if (!/^[+]?\d+$/.test(raw) || !Number.isSafeInteger(n)) {
      throw new ImportRefusal(
        `${this.file}: a selection in ${where} has ${attr}="${raw}", which is not a position.`
      )
    }
    return n
  }

  checkReferences(): void {
    const badCode = this.codeRefs.find((r) => !this.codeDefined.has(r.target))
    if (badCode) {
      throw new ImportRefusal(
        `${this.file}: a coding in ${badCode.where} refers to code ${badCode.target}, which the project does not define.`
      )
    }
    const badNote = this.noteRefs.find((r) => !this.noteDefined.has(r.target))
    if (badNote) {
      throw new ImportRefusal(
        `${this.file}: ${badNote.where} refers to note ${badNote.target}, which the project does not define.`
      )
    }
  }
}
