// Reusable zod pieces for the contract's schemas: ids, ranges, colours, selections, files.
import { z } from 'zod'

export const id = z.number().int().positive()
export const ids = z.array(id).max(100000)
export const offset = z.number().int().min(0)
export const limit = z.number().int().min(1).max(10000)
export const text = (max: number): z.ZodString => z.string().max(max)
export const name = z.string().trim().min(1, 'The name is empty.').max(200)
export const note = z.string().max(100000)
export const query = z.string().max(2000)
export const path = z.string().min(1).max(4096)
export const encoding = z.string().min(1).max(40)
export const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A job id is 1–64 letters, digits, - or _.')
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #RRGGBB.')
export const keywords = z.array(z.string().trim().min(1).max(200)).max(1000)
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'A date is written YYYY, YYYY-MM or YYYY-MM-DD.')
export const paperSize = z.enum(['A4', 'Letter'])
export const labelLanguage = z.enum(['vi', 'en'])
export const unit = z.enum(['sentence', 'paragraph'])
export const bytes = z.instanceof(Uint8Array, { message: 'Expected bytes.' })
export const httpUrl = z.url({ protocol: /^https?$/, message: 'Only http and https links can be imported.' })

export const uploadedFile = z.strictObject({ name: z.string().min(1).max(1000), bytes })

export const exportFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(200),
  bytes
})

export const filters = z.strictObject({
  themeIds: ids.optional(),
  sources: z.array(z.string().max(500)).max(1000).optional(),
  categories: z.array(z.string().max(500)).max(1000).optional(),
  collectionId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  language: z.string().max(20).optional(),
  hasPassages: z.boolean().optional()
})

export const selection = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('articles'), articleIds: ids.min(1) }),
  z.strictObject({ kind: z.literal('collection'), collectionId: id }),
  z.strictObject({
    kind: z.literal('search'),
    query,
    exact: z.boolean().optional(),
    filters: filters.optional()
  }),
  z.strictObject({ kind: z.literal('all') })
])

export const scope = z.strictObject({
  articleIds: ids.optional(),
  collectionId: id.optional(),
  source: z.string().max(500).optional(),
  from: isoDate.optional(),
  to: isoDate.optional()
})

export const memoTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('theme'), id }),
  z.strictObject({ kind: z.literal('article'), id }),
  z.strictObject({ kind: z.literal('archive') })
])

export const suggestionRef = z.strictObject({ articleId: id, themeId: id, start: offset, end: offset })

const nullableText = (max: number) => z.string().max(max).nullable().optional()
export const articlePatch = z.strictObject({
  title: z.string().trim().min(1, 'The title is empty.').max(2000).optional(),
  category: nullableText(500),
  author: nullableText(500),
  source: nullableText(500),
  url: nullableText(8000),
  publishedAt: isoDate
    .or(z.iso.datetime({ offset: true }))
    .nullable()
    .optional(),
  language: nullableText(20),
  body: z.string().min(1).max(50_000_000).optional()
})

/** A range, when both ends are given, must run forwards. */
export function withRange<T extends z.ZodType<{ start?: number; end?: number }>>(schema: T): T {
  return schema.refine((v) => v.start === undefined || v.end === undefined || v.start < v.end, {
    message: 'The range is empty or reversed (start must be before end).',
    path: ['end']
  }) as unknown as T
}
