// Preferences (in the archive's meta table) and backups.
import { backupArchive, listBackups } from '../../../core/backup'
import { backupSettings, saveBackupSettings } from '../../../core/backup/backup-settings'
import { readPreferences, savePreferences } from '../../../core/settings/settings-store'
import type { Archive } from '../../../core/archive'
import type { Settings } from '../../../shared/api-types'
import type { PartialHandlers } from '../handler-types'
import { BACKUP_FOLDER_KEY } from '../../../core/backup/backup-settings'

function settingsOf(archive: Archive): Settings {
  const stored = archive.db.prepare('SELECT value FROM meta WHERE key = ?').get(BACKUP_FOLDER_KEY) as
    { value: string } | undefined
  return {
    ...readPreferences(archive.db),
    backupFolder: stored ? backupSettings(archive.db, archive.path).folder : null
  }
}

export const settingsHandlers: PartialHandlers = {
  getSettings: (_input, { archive }) => settingsOf(archive),
  updateSettings: (input, { archive }) => {
    const { backupFolder, ...preferences } = input
    if (backupFolder !== undefined) saveBackupSettings(archive.db, { folder: backupFolder })
    savePreferences(archive.db, preferences)
    return settingsOf(archive)
  },
  backupNow: async (_input, { archive }) => {
    const r = await backupArchive(archive, { reason: 'manual' })
    return { path: r.path, sizeBytes: r.bytes, createdAt: new Date().toISOString() }
  },
  listBackups: (_input, { archive }) =>
    listBackups(archive.path, backupSettings(archive.db, archive.path).folder).map((b) => ({
      path: b.path,
      createdAt: b.takenAt.toISOString(),
      sizeBytes: b.bytes
    }))
}
