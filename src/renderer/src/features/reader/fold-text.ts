// Length-preserving diacritic fold for find-in-article: each UTF-16 unit maps to one unit, so a match in
// the folded text is a match at the same offsets in the original body.
const cache = new Map<string, string>()

function foldChar(c: string): string {
  let f = cache.get(c)
  if (f === undefined) {
    if (c === 'đ' || c === 'Đ') f = 'd'
    else {
      const base = c.normalize('NFD')[0] ?? c
      const lower = base.toLowerCase()
      f = lower.length === 1 ? lower : base
    }
    cache.set(c, f)
  }
  return f
}

export function foldText(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i])
  return out
}

/** Folds a query typed by the user (NFC first, so a decomposed query folds like a composed one). */
export function foldQuery(s: string): string {
  return foldText(s.normalize('NFC').trim())
}
