// Writing an export to disk all-or-nothing: a temporary file beside the target, flushed, then renamed
// over it. On any error the temporary file is removed and an existing target is left as it was.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { FolioError } from '../errors'

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx', 0o644)
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temp, path)
  } catch (e) {
    if (fd !== null) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      // the temporary file was never created, or is already gone
    }
    const code = (e as { code?: string }).code
    if (code === 'ENOSPC') throw new FolioError('disk-full', `The disk is full: ${path} was not written.`)
    if (code === 'ENOENT') throw new FolioError('io', `The folder ${dirname(path)} does not exist.`)
    if (code === 'EACCES' || code === 'EPERM') throw new FolioError('io', `Folio may not write to ${path}.`)
    if (code === 'EISDIR') throw new FolioError('io', `${path} is a folder.`)
    throw new FolioError('io', `Could not write ${path}: ${(e as Error).message}`)
  }
}
