import { describe, expect, it } from 'vitest'
import { foldName, resolveTyped } from './filter-values'

/** Names as the facets give them, with made-up counts. */
const facet = (...values: string[]) => values.map((value, i) => ({ value, count: values.length - i }))

const sources = facet('baoquocte.vn', 'The Telegraph', 'Báo điện tử Dân Trí', 'baochinhphu.vn')

describe('foldName', () => {
  it('drops case, diacritics and extra spaces, đ included', () => {
    expect(foldName('  Tin  Địa phương ')).toBe('tin dia phuong')
    // A decomposed name (NFD, as some pages are saved) folds like a composed one.
    expect(foldName('Tin địa phương'.normalize('NFD'))).toBe('tin dia phuong')
  })
})

describe('resolveTyped', () => {
  it('finds stored names whatever the case and diacritics, anywhere in the name', () => {
    expect(resolveTyped('BAOQUOCTE.VN', sources)).toEqual({ values: ['baoquocte.vn'], unmatched: false })
    expect(resolveTyped('telegraph', sources)?.values).toEqual(['The Telegraph'])
    expect(resolveTyped('dan tri', sources)?.values).toEqual(['Báo điện tử Dân Trí'])
  })

  it('a part common to several names keeps them all', () => {
    expect(resolveTyped('bao', sources)?.values.sort()).toEqual(
      ['Báo điện tử Dân Trí', 'baochinhphu.vn', 'baoquocte.vn'].sort()
    )
  })

  it('a name typed exactly (picked from the list) means that name alone', () => {
    const known = facet('Kinh tế', 'Kinh tế vĩ mô')
    expect(resolveTyped('Kinh tế', known)?.values).toEqual(['Kinh tế'])
    expect(resolveTyped('kinh te', known)?.values).toHaveLength(2)
  })

  it('says when nothing is like the text, and empty text is no filter', () => {
    expect(resolveTyped('reuters', sources)).toEqual({ values: ['reuters'], unmatched: true })
    expect(resolveTyped('   ', sources)).toBeNull()
  })
})
