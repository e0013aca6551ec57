// One Folio per user: a second launch hands its files to the first and quits.
import { resolve } from 'node:path'

/**
 * The files named on a command line: everything after the executable (and, unpackaged, the app path)
 * that is not a switch and exists.
 */
export function filesFromArgv(
  argv: string[],
  cwd: string,
  exists: (path: string) => boolean,
  packaged: boolean
): string[] {
  const args = argv.slice(packaged ? 1 : 2)
  return args
    .filter((a) => a && !a.startsWith('-'))
    .map((a) => resolve(cwd, a))
    .filter(exists)
}

export interface InstanceApp {
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], cwd: string, data: unknown) => void
  ): unknown
}

/**
 * Claims the lock, passing this launch's files along in case another instance holds it. Returns false
 * when another instance runs (this one must quit); otherwise calls onSecondLaunch with the files of
 * every later launch.
 */
export function claimSingleInstance(
  app: InstanceApp,
  ownFiles: string[],
  onSecondLaunch: (files: string[]) => void
): boolean {
  if (!app.requestSingleInstanceLock({ files: ownFiles })) return false
  app.on('second-instance', (_event, _argv, _cwd, data) => {
    const files = (data as { files?: unknown } | null)?.files
    onSecondLaunch(Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [])
  })
  return true
}
