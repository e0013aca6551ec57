// Where the archive lives by default: the same per-user folder Electron's app.getPath('userData') gives.
import { homedir } from 'node:os'
import { join } from 'node:path'

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Folio')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Folio')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Folio')
}

export function defaultArchivePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.FOLIO_ARCHIVE || join(userDataDir(env), 'archive.sqlite')
}
