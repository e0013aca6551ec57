// Archive and app information.
import { archiveInfo } from '../../../core/archive'
import type { PartialHandlers } from '../handler-types'

export const archiveHandlers: PartialHandlers = {
  getAppInfo: (_input, ctx) => ctx.shell.appInfo,
  getArchiveInfo: (_input, ctx) => archiveInfo(ctx.archive)
}
