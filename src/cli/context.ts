// What every CLI command gets: the archive (opened lazily, closed at exit), output helpers, --json.
import type { Command } from 'commander'
import { openArchive, type Archive } from '../core/archive'
import { defaultArchivePath } from '../core/paths'

export interface CliContext {
  archive(): Archive
  archivePath(): string
  json(): boolean
  /** Writes a line (or a JSON value when --json) to stdout. */
  print(value: unknown, text?: string): void
  /** Writes a line to stderr (progress, warnings). */
  info(text: string): void
  close(): void
}

export function createContext(program: Command): CliContext {
  let archive: Archive | null = null
  const opts = (): { archive?: string; json?: boolean } => program.opts()
  return {
    archivePath: () => opts().archive ?? defaultArchivePath(),
    archive() {
      archive ??= openArchive(opts().archive ?? defaultArchivePath())
      return archive
    },
    json: () => Boolean(opts().json),
    print(value, text) {
      if (opts().json) process.stdout.write(JSON.stringify(value, null, 2) + '\n')
      else process.stdout.write((text ?? String(value)) + '\n')
    },
    info(text) {
      process.stderr.write(text + '\n')
    },
    close() {
      archive?.close()
      archive = null
    }
  }
}

/** Exit status for "the command ran but some of its work was refused". */
export const EXIT_PARTIAL = 2
