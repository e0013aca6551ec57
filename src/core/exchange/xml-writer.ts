// A small XML writer for the exchange files: elements in the order given, attributes and text escaped so
// that every character of Folio's text survives a conforming parser (newlines in attributes included).

export type XmlAttrs = Record<string, string | number | boolean | null | undefined>

/** An element: children are elements or one text string. Empty text/children give `<x/>`. */
export interface XmlNode {
  name: string
  attrs?: XmlAttrs
  children?: XmlNode[]
  text?: string
}

export function el(name: string, attrs: XmlAttrs = {}, children: XmlNode[] | string = []): XmlNode {
  return typeof children === 'string' ? { name, attrs, text: children } : { name, attrs, children }
}

/** Only elements with content: drops a wrapper (e.g. `Notes`) when it would be empty. */
export function wrapper(name: string, children: XmlNode[]): XmlNode[] {
  return children.length ? [el(name, {}, children)] : []
}

/** Characters XML 1.0 cannot carry at all; Folio's stored text never has them, memos might. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function escapeText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}

function attrString(attrs: XmlAttrs = {}): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('')
}

function write(node: XmlNode, indent: string, out: string[]): void {
  const open = `${indent}<${node.name}${attrString(node.attrs)}`
  if (node.text !== undefined && node.text !== '') {
    // Text content is written as is: indentation inside it would change the text.
    out.push(`${open}>${escapeText(node.text)}</${node.name}>`)
  } else if (node.children && node.children.length) {
    out.push(`${open}>`)
    for (const child of node.children) write(child, indent + '  ', out)
    out.push(`${indent}</${node.name}>`)
  } else {
    out.push(`${open}/>`)
  }
}

/** A whole document with its XML declaration, UTF-8. */
export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>']
  write(root, '', out)
  return out.join('\n') + '\n'
}
