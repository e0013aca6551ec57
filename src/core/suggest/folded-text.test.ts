// Folding with a map back to the original text.
import { describe, expect, it } from 'vitest'
import { findWholeWord, foldPhrase, foldWithMap, toOriginalRange } from './folded-text'

describe('foldWithMap', () => {
  it('lower-cases, strips marks, folds đ and collapses spaces, mapping back to original offsets', () => {
    const text = 'Vùng ĐBSCL  và\nĐối ngoại'
    const f = foldWithMap(text)
    expect(f.text).toBe('vung dbscl va doi ngoai')
    const at = f.text.indexOf('va doi')
    const r = toOriginalRange(f, at, at + 'va doi'.length)
    expect(text.slice(r.start, r.end)).toBe('và\nĐối')
  })

  it('maps decomposed (NFD) input and characters outside the BMP', () => {
    const text = 'Hợp tác 🤝 quốc tế'.normalize('NFD')
    const f = foldWithMap(text)
    expect(f.text).toBe('hop tac 🤝 quoc te')
    const at = f.text.indexOf('quoc te')
    const r = toOriginalRange(f, at, at + 7)
    expect(text.slice(r.start, r.end).normalize('NFC')).toBe('quốc tế')
  })

  it('finds whole words only', () => {
    const f = foldPhrase('Ông Hợp, hợp tác và hộp')
    expect(f).toBe('ong hop, hop tac va hop')
    expect(findWholeWord(f, 'hop').map((h) => h.start)).toEqual([4, 9, 20])
    expect(findWholeWord(f, 'hop tac').map((h) => h.start)).toEqual([9])
    expect(findWholeWord('lien ket vung', 'ket')).toHaveLength(1)
    expect(findWholeWord('lienket', 'ket')).toHaveLength(0)
  })
})
