// Writes uploaded files into a private temporary folder for the importer, and always removes it after.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { UploadedFile } from '../../shared/api-types'

/** A name that cannot leave its folder: no separators, no "..", no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim()
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned.slice(0, 200) : 'upload'
}

export async function withUploadedFiles<T>(
  files: UploadedFile[],
  use: (paths: string[], nameOf: (path: string) => string) => Promise<T>
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'folio-upload-'))
  try {
    const names = new Map<string, string>()
    const paths = files.map((f, i) => {
      // One sub-folder per file: two uploads may share a name and both must arrive.
      const sub = join(dir, String(i))
      mkdirSync(sub, { mode: 0o700 })
      const path = join(sub, safeFileName(f.name))
      writeFileSync(path, f.bytes, { mode: 0o600 })
      names.set(path, f.name)
      return path
    })
    return await use(paths, (p) => names.get(p) ?? p)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
