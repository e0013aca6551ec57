// The worker thread of prepare-ahead.ts: prepares the files it is asked for, in order, each only if it
// can claim it first (the importer may have prepared it itself), posts each work back on its port and
// counts it as done, waking an importer that waits for it. It never touches the archive.
import { statSync } from 'node:fs'
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { prepareFile } from './prepare-file'
import {
  CLAIM_WORKER,
  CLAIMS_FROM,
  DONE,
  type PrepareOptions,
  type PrepareRequest,
  type PrepareResult
} from './prepare-protocol'

const data = workerData as { port: MessagePort; options: PrepareOptions; shared: SharedArrayBuffer }
const shared = new Int32Array(data.shared)

/** Larger files are left to the importer: their DOM could outgrow this thread's small heap. */
const MAX_FILE_BYTES = 640 * 1024

function small(file: string): boolean {
  try {
    return statSync(file).size <= MAX_FILE_BYTES
  } catch {
    return true // prepareFile gives the missing file its outcome
  }
}

parentPort?.on('message', (request: PrepareRequest) => {
  for (const { index, file } of request) {
    if (!small(file)) continue
    if (Atomics.compareExchange(shared, CLAIMS_FROM + index, 0, CLAIM_WORKER) !== 0) continue
    const result: PrepareResult = { index, work: prepareFile(file, data.options) }
    data.port.postMessage(result)
    Atomics.add(shared, DONE, 1)
    Atomics.notify(shared, DONE)
  }
})
