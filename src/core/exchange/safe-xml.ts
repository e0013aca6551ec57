// Parsing exchange XML with @xmldom/xmldom, strictly: any DOCTYPE is refused before parsing (no entity of
// any kind, external or internal, can be declared, so XXE and entity bombs are impossible), and any
// well-formedness error is one plain message.
import { DOMParser, type Document } from '@xmldom/xmldom'
import { ImportRefusal } from '../import/import-types'

export function parseXml(text: string, what: string): Document {
  const body = text.replace(/^\uFEFF/, '')
  if (/<!DOCTYPE/i.test(body) || /<!ENTITY/i.test(body)) {
    throw new ImportRefusal(
      `${what} declares a DOCTYPE or entities, which Folio refuses for safety; nothing was imported.`
    )
  }
  let problem: string | null = null
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problem ??= String(message).split('\n')[0]
    }
  })
  let doc: Document
  try {
    doc = parser.parseFromString(body, 'text/xml')
  } catch (e) {
    problem ??= e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new ImportRefusal(`${what} is not valid XML (${problem.replace(/^\[xmldom \w+\]\s*/, '')}).`)
  }
  if (problem || !doc.documentElement) {
    throw new ImportRefusal(
      `${what} is not valid XML (${(problem ?? 'no root element').replace(/^\[xmldom \w+\]\s*/, '')}).`
    )
  }
  if (doc.doctype) throw new ImportRefusal(`${what} declares a DOCTYPE; nothing was imported.`)
  return doc
}
