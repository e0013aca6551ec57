// Selection → body offsets on a DOM shaped like the reader's (linkedom stands in for the browser).
import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { boundaryOffset, trimRange } from './selection-offsets'

const body = 'Tiêu đề\n\nMột câu về đối ngoại. Câu sau.'

function reader(): { root: Element; doc: Document } {
  const { document } = parseHTML(
    '<article id="a"><h2><span data-start="0" data-end="7">Tiêu đề</span></h2>' +
      '<p><span data-start="9" data-end="20">Một câu về </span><span data-start="20" data-end="30">đối ngoại.</span>' +
      '<span data-start="30" data-end="39"> Câu sau.</span></p></article>'
  )
  return { root: document.getElementById('a') as Element, doc: document as unknown as Document }
}

describe('boundaryOffset', () => {
  it('adds the offset inside a text node to its span start', () => {
    const { root } = reader()
    const text = root.querySelectorAll('span')[2].firstChild as Node
    expect(boundaryOffset(text, 4, root, 'start')).toBe(24)
    expect(body.slice(20, 24)).toBe('đối ')
  })

  it('maps an element boundary to the nearest span edge', () => {
    const { root } = reader()
    const p = root.querySelector('p') as Element
    expect(boundaryOffset(p, 1, root, 'start')).toBe(20)
    expect(boundaryOffset(p, 1, root, 'end')).toBe(20)
    expect(boundaryOffset(p, 3, root, 'end')).toBe(39)
  })

  it('refuses a node outside the article', () => {
    const { root, doc } = reader()
    const outside = doc.createTextNode('x')
    expect(boundaryOffset(outside, 0, root, 'start')).toBeNull()
  })
})

describe('trimRange', () => {
  it('trims white space and orders reversed ranges', () => {
    expect(trimRange(body, { start: 31, end: 19 })).toEqual({ start: 20, end: 30 })
    expect(trimRange(body, { start: 7, end: 9 })).toBeNull()
  })
})
