// The worker thread of prepare-ahead.ts: prepares the files it is asked for, in order, skipping any the
// importer has already passed (it prepared those itself), and posts each work back on its port. It
// never touches the archive.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { prepareFile } from './prepare-file'
import type { PrepareOptions, PrepareRequest, PrepareResult } from './prepare-protocol'

const data = workerData as { port: MessagePort; options: PrepareOptions; taken: SharedArrayBuffer }
const taken = new Int32Array(data.taken)

parentPort?.on('message', (request: PrepareRequest) => {
  for (const { index, file } of request) {
    if (index <= Atomics.load(taken, 0)) continue
    const result: PrepareResult = { index, work: prepareFile(file, data.options) }
    data.port.postMessage(result)
  }
})
