// JSON for the HTTP transport that carries bytes: a Uint8Array travels as {"$bytes": "<base64>"}.
// IPC needs none of this (structured clone carries Uint8Array as is).

const TAG = '$bytes'

interface NodeBuffer {
  from(data: Uint8Array | string, encoding?: string): Uint8Array & { toString(encoding: string): string }
}
const NodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer

export function bytesToBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes).toString('base64')
  let binary = ''
  const chunk = 0x8000 // String.fromCharCode takes its arguments on the stack
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

export function base64ToBytes(base64: string): Uint8Array {
  if (NodeBuffer) {
    const b = NodeBuffer.from(base64, 'base64')
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
  }
  const binary = atob(base64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** Replaces every Uint8Array (Buffer included, before its own toJSON runs) with a tagged object. */
function tagBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [TAG]: bytesToBase64(value) }
  if (Array.isArray(value)) return value.map(tagBytes)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = tagBytes(v)
    return out
  }
  return value
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(tagBytes(value)) ?? 'null'
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v)
      const tagged = (v as Record<string, unknown>)[TAG]
      if (keys.length === 1 && typeof tagged === 'string') return base64ToBytes(tagged)
    }
    return v
  })
}
