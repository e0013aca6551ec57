#!/usr/bin/env node
// The `folio` command line: batch work and scripting over the same core the desktop app uses.
import { Command, CommanderError } from 'commander'
import { createContext } from './context'
import { errorLine } from '../core/errors'
import { COMMANDS } from './commands'
import { exitAfterOutput } from './exit-after-output'

export async function runCli(argv: string[]): Promise<number> {
  const program = new Command('folio')
    .description('Folio: archive, annotate and search news articles.')
    .option('--archive <path>', 'archive file (default: $FOLIO_ARCHIVE or the per-user data folder)')
    .option('--json', 'machine-readable output')
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(str.split('\n')[0].replace(/^error: /, 'folio: ') + '\n')
    })
    .showSuggestionAfterError(true)
  const ctx = createContext(program)
  for (const register of COMMANDS) register(program, ctx)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return process.exitCode === undefined ? 0 : Number(process.exitCode)
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0
        ? 0
        : 2
    }
    process.stderr.write(`folio: ${errorLine(e)}\n`)
    return 1
  } finally {
    ctx.close()
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(exitAfterOutput, (e) => {
    process.stderr.write(`folio: ${errorLine(e)}\n`)
    exitAfterOutput(1)
  })
}
