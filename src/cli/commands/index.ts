// Every CLI command, in the order `folio --help` lists them.
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { registerImport } from './import'
import { registerArticles } from './articles'
import { registerThemes } from './themes'
import { registerSearch } from './search'
import { registerPassages } from './passages'
import { registerExport } from './export'
import { registerBackup } from './backup'

export type RegisterCommand = (program: Command, ctx: CliContext) => unknown

export const COMMANDS: RegisterCommand[] = [
  registerImport,
  registerArticles,
  registerThemes,
  registerSearch,
  registerPassages,
  registerExport,
  registerBackup
]
