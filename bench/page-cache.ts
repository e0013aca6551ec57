// How much of a file the OS holds in its page cache, read with fincore (Debian's util-linux-extra;
// null without it). Search reads article pages the bare query never touches, so its figures depend
// on whether those pages come from memory (about 3 µs each here) or from disk (about 40 µs): this
// machine's kernel pages out file pages that have not been used for a while.
import { execFileSync } from 'node:child_process'

export function cachedShare(path: string): number | null {
  try {
    const out = execFileSync('fincore', ['--bytes', '--noheadings', '--raw', '--output', 'RES,SIZE', path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
    const [resident, size] = out.trim().split(/\s+/).map(Number)
    return size > 0 && Number.isFinite(resident) ? resident / size : null
  } catch {
    return null
  }
}

/** "23 %", or "unknown" without fincore. */
export function shareText(share: number | null): string {
  return share === null ? 'unknown' : `${Math.round(share * 100)} %`
}
