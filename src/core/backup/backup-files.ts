// Naming, listing and rotating backup files: `<archive name>.<UTC stamp>.<reason>.sqlite` in one folder.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'

export const BACKUP_REASONS = ['manual', 'scheduled', 'before-migration', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export interface BackupFile {
  path: string
  /** UTC time the backup was taken (from its name). */
  takenAt: Date
  reason: BackupReason
  bytes: number
}

/** The archive's file name without its extension: the prefix every backup of it carries. */
export function archiveStem(archivePath: string): string {
  return basename(archivePath).replace(/\.(sqlite3?|db|folio)$/i, '')
}

function stamp(d: Date): string {
  // 2026-11-28T03:30:08.123Z → 20261128T033008123Z: sorts by time, safe on every file system.
  return d.toISOString().replace(/[-:.]/g, '')
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s)
  if (!m) return new Date(NaN)
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
}

/** A fresh, unused name for a backup taken now. */
export function backupFileName(
  archivePath: string,
  reason: BackupReason,
  folder: string,
  now = new Date()
): string {
  let t = now.getTime()
  for (;;) {
    const path = join(folder, `${archiveStem(archivePath)}.${stamp(new Date(t))}.${reason}.sqlite`)
    if (!existsSync(path)) return path
    t += 1 // two backups in one millisecond: the next name still sorts after the first
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Backups of this archive in the folder, oldest first. Other files are never touched. */
export function listBackups(archivePath: string, folder: string): BackupFile[] {
  if (!existsSync(folder)) return []
  const re = new RegExp(
    `^${escapeRegExp(archiveStem(archivePath))}\\.(\\d{8}T\\d{9}Z)\\.(${BACKUP_REASONS.join('|')})\\.sqlite$`
  )
  const out: BackupFile[] = []
  for (const name of readdirSync(folder)) {
    const m = re.exec(name)
    if (!m) continue
    const path = join(folder, name)
    out.push({ path, takenAt: parseStamp(m[1]), reason: m[2] as BackupReason, bytes: statSync(path).size })
  }
  return out.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.path.localeCompare(b.path))
}

/** Deletes the oldest backups beyond `keep`; returns the deleted paths. */
export function rotateBackups(archivePath: string, folder: string, keep: number): string[] {
  const all = listBackups(archivePath, folder)
  const doomed = all.slice(0, Math.max(0, all.length - keep))
  for (const b of doomed) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(b.path + suffix, { force: true })
  }
  return doomed.map((b) => b.path)
}
