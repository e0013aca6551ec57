// Backups and restore: the public surface the CLI and the desktop shell use.
export { backupArchive, backupBeforeMigration, type BackupOptions, type BackupResult } from './backup-archive'
export { listBackups, rotateBackups, type BackupFile, type BackupReason } from './backup-files'
export {
  backupSettings,
  saveBackupSettings,
  defaultBackupFolder,
  type BackupSettings
} from './backup-settings'
export { startBackupSchedule, type BackupSchedule, type ScheduleTimer } from './backup-schedule'
export { restoreArchive, type RestoreResult } from './restore-archive'
