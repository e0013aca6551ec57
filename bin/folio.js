#!/usr/bin/env node
// The installed `folio` command: runs the TypeScript CLI through tsx's loader in this same process.
const { register } = require('tsx/cjs/api')
register()
const { runCli } = require('../src/cli/index.ts')
const { exitAfterOutput } = require('../src/cli/exit-after-output.ts')
runCli(process.argv.slice(2)).then(exitAfterOutput)
