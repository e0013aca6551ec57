// A theme's Vietnamese name and suggestion keywords have no place of their own in REFI-QDA, so they ride
// in the code's Description as two labelled last lines: readable in any tool, read back by Folio.

export interface ThemeDetails {
  description: string
  nameVi: string | null
  keywords: string[]
}

const VI = 'Vietnamese name: '
const KW = 'Keywords: '

export function encodeThemeDescription(d: ThemeDetails): string {
  const lines: string[] = []
  if (d.nameVi) lines.push(VI + d.nameVi)
  if (d.keywords.length) {
    // "; " reads well; JSON only when a keyword itself holds the separator or a line break.
    const plain = d.keywords.every((k) => !/[;\n\r]/.test(k) && k.trim() === k && k !== '')
    lines.push(KW + (plain ? d.keywords.join('; ') : JSON.stringify(d.keywords)))
  }
  if (!lines.length) return d.description
  return d.description ? `${d.description}\n\n${lines.join('\n')}` : lines.join('\n')
}

export function decodeThemeDescription(text: string): ThemeDetails {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let keywords: string[] = []
  let nameVi: string | null = null
  const before = lines.length
  if (lines.length && lines[lines.length - 1].startsWith(KW)) {
    keywords = parseKeywords((lines.pop() as string).slice(KW.length))
  }
  if (lines.length && lines[lines.length - 1].startsWith(VI)) {
    nameVi = (lines.pop() as string).slice(VI.length).trim() || null
  }
  if (lines.length < before && lines.length && lines[lines.length - 1] === '') lines.pop()
  return { description: lines.join('\n').trim(), nameVi, keywords }
}

function parseKeywords(s: string): string[] {
  const t = s.trim()
  if (t.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(t)
      if (Array.isArray(v) && v.every((k) => typeof k === 'string')) return v as string[]
    } catch {
      // not JSON after all: read it as a plain list
    }
  }
  return t
    .split(';')
    .map((k) => k.trim())
    .filter(Boolean)
}
