// Prepares a bulk import's files ahead of the importer on a worker thread (prepare-worker.ts), so
// reading, decoding and extracting them — about a fifth of a text import — overlap the SQLite work on a
// second core. The importer stays synchronous: it takes a file's work if the worker has sent it
// (receiveMessageOnPort never waits) and otherwise prepares the file itself, as without a worker. So a
// worker that is slow to start, falls behind, cannot be loaded or dies changes only the speed; every
// file is prepared by the same prepareFile either way and gets the same outcome.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { isLink } from './import-url'
import { prepareFile, type FileWork } from './prepare-file'
import type { PrepareOptions, PrepareRequest, PrepareResult } from './prepare-protocol'

/** Below this many files the worker's start-up (loading the extractors) costs more than it saves. */
export const MIN_FILES_FOR_WORKER = 200
/** How far ahead of the file being stored the worker is asked to go (bounds the memory held). */
const AHEAD = 128
const REQUEST_CHUNK = 64
const WORKER_OLD_MB = 40
const WORKER_YOUNG_MB = 4

/**
 * The worker's code: the bundled prepare-worker.js in the app; under tsx (CLI, tests) a two-line
 * script that registers tsx in the worker, as bin/folio.js does, then loads the TypeScript file.
 */
function workerEntry(): { code: string; eval: boolean } | null {
  if (__filename.endsWith('.ts')) {
    const tsx = createRequire(__filename).resolve('tsx/cjs/api')
    const file = join(__dirname, 'prepare-worker.ts')
    return {
      code: `require(${JSON.stringify(tsx)}).register()\nrequire(${JSON.stringify(file)})`,
      eval: true
    }
  }
  for (const dir of [__dirname, dirname(__dirname)]) {
    const file = join(dir, 'prepare-worker.js')
    if (existsSync(file)) return { code: file, eval: false }
  }
  return null
}

export class PrepareAhead {
  private readonly ready = new Map<number, FileWork>()
  /** Files whose work came from the worker (the rest were prepared by the importer). */
  fromWorker = 0
  /** Files [0, requested) have been asked for. */
  private requested = 0
  /** Shared with the worker: the last index the importer took, so the worker skips what it passed. */
  private readonly taken: Int32Array

  private constructor(
    private readonly files: string[],
    private readonly options: PrepareOptions,
    private readonly worker: Worker,
    private readonly port: MessagePort,
    shared: SharedArrayBuffer
  ) {
    this.taken = new Int32Array(shared)
    // A worker that fails only stops helping; its error must not reach the process as uncaught.
    worker.on('error', () => void worker.terminate())
  }

  /** A preparer for these files, or null when a worker is not worth it or cannot be started. */
  static start(files: string[], options: PrepareOptions): PrepareAhead | null {
    if (files.length < MIN_FILES_FOR_WORKER) return null
    const entry = workerEntry()
    if (!entry) return null
    try {
      const { port1, port2 } = new MessageChannel()
      const shared = new SharedArrayBuffer(4)
      new Int32Array(shared)[0] = -1
      const worker = new Worker(entry.code, {
        eval: entry.eval,
        // A small heap: the import's peak memory counts both threads. A file too large for it only
        // ends the worker; the importer then prepares the rest itself.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        workerData: { port: port2, options, taken: shared },
        transferList: [port2]
      })
      worker.unref()
      return new PrepareAhead(files, options, worker, port1, shared)
    } catch {
      return null
    }
  }

  /** The work of file `i` (taken in order): the worker's when it has arrived, else prepared here. */
  work(i: number): FileWork {
    Atomics.store(this.taken, 0, i)
    this.request(i + AHEAD)
    this.receive(i)
    const got = this.ready.get(i)
    this.ready.delete(i)
    if (got) this.fromWorker++
    return got ? revive(got) : prepareFile(this.files[i], this.options)
  }

  /** How many prepared files have arrived and wait to be taken. */
  waiting(): number {
    this.receive(Atomics.load(this.taken, 0) + 1)
    return this.ready.size
  }

  close(): void {
    this.port.close()
    void this.worker.terminate()
  }

  /** Takes every result that has arrived, keeping those from file `from` on. */
  private receive(from: number): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const r = m.message as PrepareResult
      if (r.index >= from) this.ready.set(r.index, r.work)
    }
  }

  private request(upTo: number): void {
    const end = Math.min(upTo, this.files.length)
    while (this.requested < end) {
      const request: PrepareRequest = []
      for (; this.requested < end && request.length < REQUEST_CHUNK; this.requested++) {
        const file = this.files[this.requested]
        if (!isLink(file)) request.push({ index: this.requested, file })
      }
      if (request.length) this.worker.postMessage(request)
    }
  }
}

/** Bytes come back from the worker as a plain Uint8Array; the importers of DOCX and QDA get a Buffer. */
function revive(work: FileWork): FileWork {
  if (work.kind !== 'async') return work
  const b = work.read.bytes
  return { ...work, read: { ...work.read, bytes: Buffer.from(b.buffer, b.byteOffset, b.byteLength) } }
}
