// Stable GUIDs for exported objects: a name-based (version 5 style) UUID of the archive's own id and the
// object's kind and row id, so exporting the same archive twice names every object the same way.
import { createHash, randomUUID } from 'node:crypto'
import type { Archive } from '../archive'

const META_KEY = 'archive_id'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The archive's identity, created once and kept in `meta` (copies of the file keep it). */
export function archiveId(archive: Archive): string {
  const read = (): string | undefined =>
    (
      archive.db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as
        { value: string } | undefined
    )?.value
  const existing = read()
  if (existing && UUID.test(existing)) return existing.toLowerCase()
  archive.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(META_KEY, randomUUID())
  return read() as string
}

export type GuidKind = 'user' | 'theme' | 'article' | 'passage' | 'coding' | 'memo' | 'variable' | 'project'

/** RFC 4122 name-based UUID (SHA-1, version 5) of `kind:id` in the namespace `namespace`. */
export function stableGuid(namespace: string, kind: GuidKind, id: number | string): string {
  if (!UUID.test(namespace)) throw new Error(`Not a UUID: ${namespace}`)
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(`${kind}:${id}`, 'utf8').digest()
  const b = hash.subarray(0, 16)
  b[6] = (b[6] & 0x0f) | 0x50
  b[8] = (b[8] & 0x3f) | 0x80
  const hex = b.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A guid generator bound to one archive. */
export function guidsFor(archive: Archive): (kind: GuidKind, id: number | string) => string {
  const ns = archiveId(archive)
  return (kind, id) => stableGuid(ns, kind, id)
}
