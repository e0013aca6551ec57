// Builds the cached benchmark archives ahead of `npm run bench` (it builds them itself when missing).
import { ensureBenchArchive } from './bench-archive'
import { BENCH_SIZES } from './bench-sizes'

for (const spec of BENCH_SIZES) {
  const started = Date.now()
  const path = ensureBenchArchive(spec, (line) => console.log(line))
  console.log(`${path} ready (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
