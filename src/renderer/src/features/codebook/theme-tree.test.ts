// Codebook ordering: tree flattening and sibling moves used by drag-and-drop and the move buttons.
import { describe, expect, it } from 'vitest'
import type { Theme } from '../../../../shared/api'
import { flattenTree, moveAmongSiblings } from './theme-tree'

const theme = (id: number, parentId: number | null, position: number): Theme => ({
  id,
  name: `T${id}`,
  nameVi: null,
  color: '#000000',
  description: '',
  parentId,
  position,
  keywords: [],
  passageCount: 0
})

describe('flattenTree', () => {
  it('puts children right after their parent, siblings by position', () => {
    const nodes = flattenTree([theme(1, null, 1), theme(2, null, 0), theme(3, 1, 1), theme(4, 1, 0)])
    expect(nodes.map((n) => [n.theme.id, n.depth])).toEqual([
      [2, 0],
      [1, 0],
      [4, 1],
      [3, 1]
    ])
  })
})

describe('moveAmongSiblings', () => {
  it('drops an item where another one was', () => {
    expect(moveAmongSiblings([1, 2, 3, 4], 4, { targetId: 2 })).toEqual([1, 4, 2, 3])
    expect(moveAmongSiblings([1, 2, 3, 4], 1, { targetId: 3 })).toEqual([2, 3, 1, 4])
  })
  it('moves by one place and stops at the ends', () => {
    expect(moveAmongSiblings([1, 2, 3], 2, { delta: -1 })).toEqual([2, 1, 3])
    expect(moveAmongSiblings([1, 2, 3], 3, { delta: 1 })).toEqual([1, 2, 3])
  })
})
