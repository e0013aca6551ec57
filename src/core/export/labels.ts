// The words a PDF or Markdown brief prints around the user's text, in Vietnamese or English.
import type { ExportTheme } from './brief-data'

export type LabelLanguage = 'vi' | 'en'

const LABELS = {
  en: {
    passages: 'Passages',
    passagesByTheme: 'Passages by theme',
    notes: 'Notes',
    page: 'p.',
    pageOf: (n: number, total: number) => `${n} / ${total}`,
    orphan: 'not located in the current text',
    /** Said in an orphan's endnote: it has no marker in the text above, and this is why. */
    orphanNote: 'This passage’s text is no longer in the article.',
    themeBrief: 'Theme brief',
    contents: 'Contents',
    overview: 'Passages per theme',
    articlesCited: 'Articles cited',
    articleCount: (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`,
    themeCount: (n: number) => `${n} ${n === 1 ? 'theme' : 'themes'}`,
    preparedBy: 'Prepared by',
    themesIncluded: 'Themes',
    moreThemes: (n: number) => `and ${n} more ${n === 1 ? 'theme' : 'themes'} (see Contents)`,
    memo: 'Memo',
    note: 'Note',
    noPassages: 'No passages.',
    untitledSource: 'unknown source',
    undated: 'undated',
    count: (n: number) => `${n} ${n === 1 ? 'passage' : 'passages'}`,
    generated: 'Exported from Folio'
  },
  vi: {
    passages: 'Đoạn trích',
    passagesByTheme: 'Đoạn trích theo chủ đề',
    notes: 'Ghi chú',
    page: 'tr.',
    pageOf: (n: number, total: number) => `${n} / ${total}`,
    orphan: 'không còn tìm thấy trong văn bản hiện tại',
    orphanNote: 'Văn bản của đoạn trích này không còn trong bài viết.',
    themeBrief: 'Báo cáo theo chủ đề',
    contents: 'Mục lục',
    overview: 'Số đoạn trích theo chủ đề',
    articlesCited: 'Danh mục bài viết được trích',
    articleCount: (n: number) => `${n} bài viết`,
    themeCount: (n: number) => `${n} chủ đề`,
    preparedBy: 'Người soạn',
    themesIncluded: 'Chủ đề',
    moreThemes: (n: number) => `và ${n} chủ đề khác (xem Mục lục)`,
    memo: 'Ghi nhớ',
    note: 'Ghi chú',
    noPassages: 'Không có đoạn trích.',
    untitledSource: 'không rõ nguồn',
    undated: 'không rõ ngày',
    count: (n: number) => `${n} đoạn trích`,
    generated: 'Xuất từ Folio'
  }
} as const

export type Labels = (typeof LABELS)['en'] | (typeof LABELS)['vi']

export function labelsFor(language: LabelLanguage): Labels {
  return LABELS[language]
}

/** "Regional links (Liên kết vùng)" in English, "Liên kết vùng (Regional links)" in Vietnamese. */
export function themeLabel(theme: ExportTheme, language: LabelLanguage): string {
  const vi = theme.nameVi?.trim()
  if (!vi || vi === theme.name) return theme.name
  return language === 'vi' ? `${vi} (${theme.name})` : `${theme.name} (${vi})`
}

/** 2024-01-01 → "1/1/2024" (vi) or "1 Jan 2024" (en); other strings as they are. */
export function formatDate(iso: string | null | undefined, language: LabelLanguage): string | null {
  if (!iso) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (language === 'vi') return `${d}/${mo}/${y}`
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${d} ${months[mo - 1] ?? mo} ${y}`
}
