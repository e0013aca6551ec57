// Test helper run as a separate process: opens an archive with a given busy timeout, says "ready" on
// stdout, then imports the given files and prints the batch outcomes as JSON.
// node --import tsx src/core/safety/concurrent-writer.ts <archive> <busy-ms> <files…>
import { openArchive } from '../archive'
import { errorLine } from '../errors'
import { importPaths } from '../import/import-batch'

async function main(): Promise<void> {
  const [archivePath, busy, ...files] = process.argv.slice(2)
  const archive = openArchive(archivePath, { busyTimeoutMs: Number(busy) })
  process.stdout.write('ready\n')
  const result = await importPaths(archive, files)
  archive.close()
  process.stdout.write(JSON.stringify(result.outcomes) + '\n')
}

if (require.main === module) {
  main().catch((e) => {
    process.stdout.write(JSON.stringify({ error: errorLine(e) }) + '\n')
    process.exit(1)
  })
}
