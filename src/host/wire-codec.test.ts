// Bytes survive the JSON transport exactly, wherever they sit in a value; SSE blocks parse as sent.
import { describe, expect, it } from 'vitest'
import { parseEventBlock } from '../shared/sse-reader'
import { decodeWire, encodeWire } from '../shared/wire-codec'

describe('wire codec', () => {
  it('round-trips bytes nested in objects and arrays, Buffers included', () => {
    const pdf = new Uint8Array(100_000).map((_, i) => (i * 7) % 256)
    const value = {
      file: { fileName: 'bản tin.pdf', mimeType: 'application/pdf', bytes: pdf },
      files: [{ name: 'a.txt', bytes: Buffer.from('Cần Thơ') }],
      n: 1,
      none: null
    }
    const back = decodeWire(encodeWire(value)) as typeof value
    expect(back.file.bytes).toBeInstanceOf(Uint8Array)
    expect(Array.from(back.file.bytes)).toEqual(Array.from(pdf))
    expect(new TextDecoder().decode(back.files[0].bytes)).toBe('Cần Thơ')
    expect(back.file.fileName).toBe('bản tin.pdf')
    expect(back.none).toBeNull()
  })

  it('leaves objects that only look similar alone', () => {
    expect(decodeWire('{"$bytes": 3}')).toEqual({ $bytes: 3 })
    expect(decodeWire('{"$bytes": "AA==", "x": 1}')).toEqual({ $bytes: 'AA==', x: 1 })
    expect(encodeWire(undefined)).toBe('null')
  })
})

describe('server-sent event blocks', () => {
  it('reads data lines and skips comments', () => {
    expect(parseEventBlock('data: {"type":"menu"}')).toBe('{"type":"menu"}')
    expect(parseEventBlock('data: a\ndata: b')).toBe('a\nb')
    expect(parseEventBlock(': keep-alive')).toBeNull()
    expect(parseEventBlock('')).toBeNull()
  })
})
