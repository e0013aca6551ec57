// Methods only a shell can answer (native dialogs, the OS browser); the web host has none of them.
import { ApiError } from '../../../shared/api-error'
import type { ShellServices } from '../handler-types'
import type { PartialHandlers } from '../handler-types'

function need<K extends keyof ShellServices>(shell: ShellServices, key: K): NonNullable<ShellServices[K]> {
  const fn = shell[key]
  if (!fn)
    throw new ApiError(
      'unavailable',
      'This needs the desktop app (native dialogs); the browser does it itself.'
    )
  return fn as NonNullable<ShellServices[K]>
}

export const shellHandlers: PartialHandlers = {
  pickImportPaths: async ({ kind }, { shell }) => ({ paths: await need(shell, 'pickImportPaths')(kind) }),
  pickFolder: async (input, { shell }) => ({ path: await need(shell, 'pickFolder')(input?.title) }),
  saveFile: async ({ file }, { shell }) => ({ path: await need(shell, 'saveFile')(file) }),
  openExternal: async ({ url }, { shell }) => ({ opened: await need(shell, 'openExternal')(url) })
}
