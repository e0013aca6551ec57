// project.qde from an export model: REFI-QDA 1.0 project elements in the order Project.xsd requires
// (Users, CodeBook, Variables, Cases, Sources, Notes, Links, Sets, Graphs, Description, NoteRef).
import { basename, extname } from 'node:path'
import { codeElements } from './codebook-xml'
import { codePointTable } from './code-points'
import { ARTICLE_VARIABLES, encodeLayout, LAYOUT_VARIABLE } from './article-variables'
import type { ExportArticle, ExportMemo, ExportModel, ExportPassage } from './qda-read-model'
import type { GuidKind } from './stable-guid'
import { el, wrapper, xmlDocument, type XmlNode } from './xml-writer'

export const PROJECT_NS = 'urn:QDA-XML:project:1.0'
export const ORIGIN = 'Folio'

export interface ProjectXml {
  xml: string
  /** sources/<guid>.txt → UTF-8 text of each article. */
  sources: { guid: string; text: string }[]
  passages: number
  /** Orphan passages no longer match their article's text, so no position in it can be written. */
  orphansLeftOut: number
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/
const dateTime = (s: string | null | undefined): string | null => (s && DATE_TIME.test(s) ? s : null)

export function projectName(archivePath: string): string {
  return archivePath === ':memory:' ? 'Folio archive' : basename(archivePath, extname(archivePath))
}

export function buildProjectXml(
  model: ExportModel,
  guid: (kind: GuidKind, id: number | string) => string,
  name: string
): ProjectXml {
  const user = guid('user', 'folio')
  const memoGuid = (m: ExportMemo): string => guid('memo', m.id)
  const memoIndex = new Map<string, string[]>()
  const memoKey = (kind: ExportMemo['targetKind'], id: number | null): string =>
    kind === 'archive' ? kind : `${kind}:${id}`
  for (const m of model.memos) {
    const k = memoKey(m.targetKind, m.targetId)
    memoIndex.set(k, [...(memoIndex.get(k) ?? []), memoGuid(m)])
  }
  const memosOf = (kind: ExportMemo['targetKind'], id: number | null): string[] =>
    memoIndex.get(memoKey(kind, id)) ?? []

  const used = ARTICLE_VARIABLES.filter((v) => model.articles.some((a) => a[v.field]))
  const variables = [
    ...used.map((v) => ({ name: v.name, description: v.description })),
    ...(model.articles.length
      ? [
          {
            name: LAYOUT_VARIABLE,
            description: 'Headings, paragraphs and captions of the text (code points).'
          }
        ]
      : [])
  ]
  const variableGuid = (n: string): string => guid('variable', n)

  const byArticle = new Map<number, ExportPassage[]>()
  let orphans = 0
  for (const p of model.passages) {
    if (p.status !== 'anchored') {
      orphans++
      continue
    }
    const list = byArticle.get(p.articleId) ?? []
    list.push(p)
    byArticle.set(p.articleId, list)
  }
  const themeIds = new Set(model.themes.map((t) => t.id))
  let passages = 0
  const sources: ProjectXml['sources'] = []

  const textSource = (a: ExportArticle): XmlNode => {
    const g = guid('article', a.id)
    sources.push({ guid: g, text: a.body })
    const cp = codePointTable(a.body)
    const selections = (byArticle.get(a.id) ?? [])
      .filter((p) => a.body.slice(p.start, p.end) === p.exact)
      .map((p) => {
        passages++
        return el(
          'PlainTextSelection',
          {
            guid: guid('passage', p.id),
            name: p.exact,
            startPosition: cp(p.start),
            endPosition: cp(p.end),
            creatingUser: user,
            creationDateTime: dateTime(p.createdAt),
            modifyingUser: user,
            modifiedDateTime: dateTime(p.updatedAt)
          },
          [
            ...(p.note ? [el('Description', {}, p.note)] : []),
            ...p.themeIds
              .filter((t) => themeIds.has(t))
              .map((t) =>
                el('Coding', { guid: guid('coding', `${p.id}:${t}`), creatingUser: user }, [
                  el('CodeRef', { targetGUID: guid('theme', t) })
                ])
              )
          ]
        )
      })
    orphans += (byArticle.get(a.id)?.length ?? 0) - selections.length
    const values = used
      .filter((v) => a[v.field])
      .map((v) => variableValue(variableGuid(v.name), a[v.field] as string))
    if (a.blocks.length) values.push(variableValue(variableGuid(LAYOUT_VARIABLE), encodeLayout(a.blocks, cp)))
    return el(
      'TextSource',
      {
        guid: g,
        name: a.title,
        plainTextPath: `internal://${g}.txt`,
        creatingUser: user,
        creationDateTime: dateTime(a.importedAt),
        modifyingUser: user,
        modifiedDateTime: dateTime(a.updatedAt)
      },
      [...selections, ...memosOf('article', a.id).map((t) => el('NoteRef', { targetGUID: t })), ...values]
    )
  }

  const root = el('Project', { xmlns: PROJECT_NS, name, origin: ORIGIN, creatingUserGUID: user }, [
    el('Users', {}, [el('User', { guid: user, name: 'Folio' })]),
    ...(model.themes.length
      ? [
          el('CodeBook', {}, [
            el(
              'Codes',
              {},
              codeElements(model.themes, {
                guid: (id) => guid('theme', id),
                noteRefs: (id) => memosOf('theme', id)
              })
            )
          ])
        ]
      : []),
    ...wrapper(
      'Variables',
      variables.map((v) =>
        el('Variable', { guid: variableGuid(v.name), name: v.name, typeOfVariable: 'Text' }, [
          el('Description', {}, v.description)
        ])
      )
    ),
    ...wrapper('Sources', model.articles.map(textSource)),
    ...wrapper(
      'Notes',
      model.memos.map((m) => note(m, memoGuid(m), user, model))
    ),
    ...memosOf('archive', null).map((t) => el('NoteRef', { targetGUID: t }))
  ])
  return { xml: xmlDocument(root), sources, passages, orphansLeftOut: orphans }
}

function variableValue(target: string, value: string): XmlNode {
  return el('VariableValue', {}, [el('VariableRef', { targetGUID: target }), el('TextValue', {}, value)])
}

function note(m: ExportMemo, g: string, user: string, model: ExportModel): XmlNode {
  const target =
    m.targetKind === 'theme'
      ? model.themes.find((t) => t.id === m.targetId)?.name
      : m.targetKind === 'article'
        ? model.articles.find((a) => a.id === m.targetId)?.title
        : null
  return el(
    'Note',
    {
      guid: g,
      name: target ? `Memo: ${target}` : 'Memo',
      creatingUser: user,
      creationDateTime: dateTime(m.createdAt),
      modifyingUser: user,
      modifiedDateTime: dateTime(m.updatedAt)
    },
    [el('PlainTextContent', {}, m.body)]
  )
}
