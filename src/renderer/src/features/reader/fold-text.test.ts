// The reader's find fold keeps length and ignores Vietnamese marks, đ included.
import { describe, expect, it } from 'vitest'
import { foldQuery, foldText } from './fold-text'

describe('foldText', () => {
  it.each([
    ['Đối ngoại', 'doi ngoai'],
    ['ĐBSCL', 'dbscl'],
    ['Phương hướng', 'phuong huong'],
    ['Liên kết vùng', 'lien ket vung']
  ])('folds %s to %s keeping its length', (input, folded) => {
    expect(foldText(input)).toBe(folded)
    expect(foldText(input)).toHaveLength(input.length)
  })

  it('folds a decomposed query like a composed one', () => {
    expect(foldQuery('  Đối ngoại'.normalize('NFD'))).toBe('doi ngoai')
  })
})
