// folio backup / folio restore <file>: online backups into the backup folder, and a checked restore.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import {
  backupArchive,
  backupSettings,
  listBackups,
  restoreArchive,
  saveBackupSettings
} from '../../core/backup'
import { FolioError } from '../../core/errors'

function positiveInt(value: string, what: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new FolioError('invalid-input', `${what} must be a whole number of at least 1 ("${value}").`)
  return n
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`
}

export function registerBackup(program: Command, ctx: CliContext): void {
  program
    .command('backup')
    .description('back up the archive now (online: other programs may keep using it)')
    .option('--folder <dir>', 'write the backup into this folder')
    .option('--keep <n>', 'keep this many backups, deleting the oldest')
    .option('--every <minutes>', "with --remember: minutes between the desktop app's automatic backups")
    .option('--remember', "save --folder/--keep/--every as this archive's backup settings")
    .option('--list', 'list the existing backups instead of making one')
    .action(
      async (opts: {
        folder?: string
        keep?: string
        every?: string
        remember?: boolean
        list?: boolean
      }) => {
        const archive = ctx.archive()
        const keep = opts.keep === undefined ? undefined : positiveInt(opts.keep, '--keep')
        const every = opts.every === undefined ? undefined : positiveInt(opts.every, '--every')
        if (opts.remember)
          saveBackupSettings(archive.db, { folder: opts.folder, keep, intervalMinutes: every })
        const settings = backupSettings(archive.db, archive.path)
        const folder = opts.folder ?? settings.folder
        if (opts.list) {
          const files = listBackups(archive.path, folder)
          ctx.print(
            files,
            files.length
              ? files
                  .map(
                    (f) =>
                      `${f.takenAt.toISOString()}  ${f.reason.padEnd(16)} ${megabytes(f.bytes).padStart(9)}  ${f.path}`
                  )
                  .join('\n')
              : `No backups in ${folder} yet.`
          )
          return
        }
        const result = await backupArchive(archive, { folder, keep: keep ?? settings.keep })
        ctx.print(
          result,
          `Backed up to ${result.path} (${megabytes(result.bytes)})` +
            (result.deleted.length ? `; removed ${result.deleted.length} older backup(s).` : '.')
        )
      }
    )

  program
    .command('restore')
    .description('replace the archive with a backup (the current archive is kept as a backup first)')
    .argument('<file>', 'a backup file made by folio backup (or any Folio archive)')
    .option('--folder <dir>', 'where to keep the copy of the current archive')
    .action(async (file: string, opts: { folder?: string }) => {
      ctx.close() // the archive file is about to be replaced: this process must not hold it open
      const result = await restoreArchive(ctx.archivePath(), file, { backupFolder: opts.folder })
      ctx.print(
        result,
        `Restored ${result.archivePath} from ${result.restoredFrom}.` +
          (result.keptCopy ? `\nThe archive as it was before is kept at ${result.keptCopy}.` : '')
      )
    })
}
