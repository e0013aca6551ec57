// A one-line progress bar on stderr for interactive terminals; silent otherwise.
import type { ImportProgress } from '../core/import/import-types'

export function progressBar(enabled: boolean): { update: (p: ImportProgress) => void; done: () => void } {
  let last = 0
  return {
    update(p) {
      if (!enabled) return
      const now = Date.now()
      if (now - last < 80 && p.done !== p.total) return
      last = now
      const width = 30
      const filled = p.total ? Math.round((p.done / p.total) * width) : 0
      const name = p.current.length > 40 ? '…' + p.current.slice(-39) : p.current
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${name}\x1b[K`
      )
    },
    done() {
      if (enabled) process.stderr.write('\r\x1b[K')
    }
  }
}
