// Test helper run as a separate process under a file-size limit (ulimit -f): writes the bytes of
// <source> to <target> through the export module's writeFileAtomic and prints the outcome as JSON.
// node --import tsx src/core/safety/limited-writer.ts <source> <target>
import { readFileSync } from 'node:fs'
import { errorLine, isFolioError } from '../errors'
import { writeFileAtomic } from '../export/write-file-atomic'

if (require.main === module) {
  const [source, target] = process.argv.slice(2)
  try {
    writeFileAtomic(target, readFileSync(source))
    process.stdout.write(JSON.stringify({ ok: true }) + '\n')
  } catch (e) {
    process.stdout.write(
      JSON.stringify({ ok: false, code: isFolioError(e) ? e.code : null, message: errorLine(e) }) + '\n'
    )
  }
}
