// A zod schema for every contract method's input: the shells validate with these before core is touched.
import { z } from 'zod'
import type { ApiInput, ApiMethod } from './api'
import * as s from './schema-parts'

const none = z.strictObject({}).optional()
const obj = z.strictObject

const brief = {
  selection: s.selection,
  themeIds: s.ids.optional(),
  order: z.enum(['date', 'article']).optional(),
  includeNotes: z.boolean().optional(),
  paperSize: s.paperSize.optional(),
  language: s.labelLanguage.optional(),
  title: s.text(300).optional()
}
const exportScope = { selection: s.selection, themeIds: s.ids.optional() }
const themeFields = {
  name: s.name,
  nameVi: s.name.nullable().optional(),
  color: s.color.optional(),
  description: s.text(20000).optional(),
  parentId: s.id.nullable().optional(),
  keywords: s.keywords.optional()
}

export const schemas = {
  getAppInfo: none,
  getArchiveInfo: none,

  importPaths: obj({
    paths: z.array(s.path).min(1).max(100000),
    encoding: s.encoding.optional(),
    jobId: s.jobId.optional()
  }),
  importFiles: obj({
    files: z.array(s.uploadedFile).min(1).max(10000),
    encoding: s.encoding.optional(),
    jobId: s.jobId.optional()
  }),
  importUrls: obj({ urls: z.array(s.httpUrl).min(1).max(1000), jobId: s.jobId.optional() }),
  cancelJob: obj({ jobId: s.jobId }),

  listArticles: obj({
    sort: z.enum(['imported', 'published', 'title', 'source']).optional(),
    descending: z.boolean().optional(),
    offset: s.offset.optional(),
    limit: s.limit.optional(),
    filters: s.filters.optional()
  }).optional(),
  getArticle: obj({ id: s.id }),
  updateArticle: obj({ id: s.id, patch: s.articlePatch }),
  deleteArticles: obj({ ids: s.ids.min(1) }),
  undoDeleteArticles: obj({ undoToken: s.text(200).min(1) }),

  search: obj({
    query: s.query,
    exact: z.boolean().optional(),
    filters: s.filters.optional(),
    cursor: s.text(2000).nullable().optional(),
    limit: s.limit.optional(),
    withFacets: z.boolean().optional(),
    sort: z.enum(['relevance', 'newest', 'oldest']).optional()
  }),
  searchFacets: obj({ query: s.query, exact: z.boolean().optional(), filters: s.filters.optional() }),
  findInArticle: obj({ articleId: s.id, query: s.query, exact: z.boolean().optional() }),

  listPassages: obj({
    articleId: s.id.optional(),
    themeId: s.id.optional(),
    status: z.enum(['anchored', 'orphan']).optional(),
    offset: s.offset.optional(),
    limit: s.limit.optional()
  }).optional(),
  createPassage: s.withRange(
    obj({ articleId: s.id, start: s.offset, end: s.offset, themeIds: s.ids, note: s.note.optional() })
  ),
  updatePassage: s.withRange(
    obj({
      id: s.id,
      start: s.offset.optional(),
      end: s.offset.optional(),
      themeIds: s.ids.optional(),
      note: s.note.optional()
    })
  ),
  deletePassage: obj({ id: s.id }),
  undoDeletePassage: none,
  listOrphans: obj({ articleId: s.id.optional() }).optional(),
  reattachPassage: s.withRange(obj({ id: s.id, start: s.offset, end: s.offset })),

  listThemes: none,
  createTheme: obj(themeFields),
  renameTheme: obj({ id: s.id, name: s.name.optional(), nameVi: s.name.nullable().optional() }),
  recolorTheme: obj({ id: s.id, color: s.color }),
  describeTheme: obj({ id: s.id, description: s.text(20000) }),
  reorderThemes: obj({ parentId: s.id.nullable(), orderedIds: s.ids.min(1) }),
  nestTheme: obj({ id: s.id, parentId: s.id.nullable() }),
  mergeThemes: obj({ sourceId: s.id, targetId: s.id }).refine((v) => v.sourceId !== v.targetId, {
    message: 'A theme cannot be merged into itself.'
  }),
  deleteTheme: obj({
    id: s.id,
    mode: z.enum(['refuse-if-used', 'remove-tags', 'move-to']).optional(),
    moveToId: s.id.optional()
  }).refine((v) => v.mode !== 'move-to' || v.moveToId !== undefined, {
    message: 'Say which theme the passages move to (moveToId).',
    path: ['moveToId']
  }),
  setThemeKeywords: obj({ id: s.id, keywords: s.keywords }),

  listSuggestions: obj({
    articleIds: s.ids.min(1).max(5000),
    unit: s.unit.optional(),
    themeIds: s.ids.optional()
  }),
  acceptSuggestions: obj({ items: z.array(s.suggestionRef).min(1).max(10000), unit: s.unit.optional() }),
  rejectSuggestions: obj({ items: z.array(s.suggestionRef).min(1).max(10000) }),

  getMemo: obj({ target: s.memoTarget }),
  setMemo: obj({ target: s.memoTarget, body: s.text(200000) }),
  listMemos: obj({ kind: z.enum(['theme', 'article', 'archive']).optional() }).optional(),
  deleteMemo: obj({ id: s.id }),

  listCollections: none,
  createCollection: obj({ name: s.name }),
  renameCollection: obj({ id: s.id, name: s.name }),
  deleteCollection: obj({ id: s.id }),
  addToCollection: obj({ collectionId: s.id, articleIds: s.ids.min(1) }),
  removeFromCollection: obj({ collectionId: s.id, articleIds: s.ids.min(1) }),

  passagesPerTheme: obj({ scope: s.scope.optional() }).optional(),
  passagesPerMonth: obj({ scope: s.scope.optional() }).optional(),
  passagesPerSource: obj({ scope: s.scope.optional() }).optional(),
  themeCooccurrence: obj({
    scope: s.scope.optional(),
    level: z.enum(['passage', 'article']).optional()
  }).optional(),
  coverage: obj({ articleId: s.id }),

  exportArticlePdf: obj({
    articleId: s.id,
    paperSize: s.paperSize.optional(),
    language: s.labelLanguage.optional()
  }),
  previewThemeBrief: obj(brief),
  exportThemeBrief: obj({ ...brief, jobId: s.jobId.optional() }),
  exportCsv: obj(exportScope),
  exportMarkdown: obj(brief),
  exportW3c: obj(exportScope),
  exportQdpx: obj({ jobId: s.jobId.optional() }).optional(),
  exportQdc: none,

  getSettings: none,
  updateSettings: obj({
    language: s.labelLanguage.optional(),
    authorName: s.text(200).optional(),
    paperSize: s.paperSize.optional(),
    backupFolder: s.path.nullable().optional()
  }),
  backupNow: none,
  listBackups: none,

  pickImportPaths: obj({ kind: z.enum(['files', 'folder']) }),
  pickFolder: obj({ title: s.text(200).optional() }).optional(),
  saveFile: obj({ file: s.exportFile }),
  openExternal: obj({ url: s.text(8000) })
} satisfies Record<ApiMethod, z.ZodType>

export type Schemas = typeof schemas
export type ValidInput<M extends ApiMethod> = z.output<Schemas[M]>

/** One line naming the first problem, e.g. "ids.0: Too small: expected number to be >0". */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Invalid input.'
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

// Compile-time proof that every call the interface allows passes its schema's type.
type Check<M extends ApiMethod> = ApiInput<M> extends z.input<Schemas[M]> ? true : M
type Mismatched = { [M in ApiMethod]: Check<M> }[ApiMethod]
const _schemasMatchContract: Mismatched = true
void _schemasMatchContract
