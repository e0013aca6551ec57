// Prepares a bulk import's files on a worker thread (prepare-worker.ts) beside the importer, so
// reading, decoding and extracting them overlap the SQLite work on a second core. Each file is claimed
// in a shared table before it is prepared, by the worker or by the importer, never both: the worker
// works through the files ahead, and the importer prepares a file itself when the worker has not
// claimed it yet (so with heavy files, such as saved web pages, both threads prepare). When the worker
// has claimed the file the importer needs, the importer waits for it, synchronously and with a time
// limit. The importer stays synchronous (receiveMessageOnPort, Atomics.wait), so its groups never
// span an await. Every file is prepared by the same prepareFile either way; a worker that is slow to
// start, cannot be loaded or dies changes only the speed.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { isLink } from './import-url'
import { prepareFile, type FileWork } from './prepare-file'
import {
  CLAIM_IMPORTER,
  CLAIMS_FROM,
  DONE,
  type PrepareOptions,
  type PrepareRequest,
  type PrepareResult
} from './prepare-protocol'

/** Below this many files the worker's start-up (loading the extractors) costs more than it saves. */
export const MIN_FILES_FOR_WORKER = 200
/** How far ahead of the file being stored the worker is asked to go (bounds the memory held). */
const AHEAD = 128
const REQUEST_CHUNK = 32
/** A small heap: the import's peak memory counts both threads. A file too large for it ends the worker. */
const WORKER_OLD_MB = 40
const WORKER_YOUNG_MB = 4
/** The importer stops waiting for (and using) a worker that finished nothing for this long. */
const STALL_MS = 10_000

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
  /** Later files the importer prepared itself while it waited for the worker. */
  private readonly mine = new Map<number, FileWork>()
  /** Where the search for a later file to prepare resumes. */
  private laterFrom = 0
  /** Files whose work came from the worker (the rest were prepared by the importer). */
  fromWorker = 0
  /** Files [0, requested) have been asked for. */
  private requested = 0
  /** Shared with the worker: DONE counts its finished files; CLAIMS_FROM + i says who has file i. */
  private readonly shared: Int32Array
  private givenUp = false

  private constructor(
    private readonly files: string[],
    private readonly options: PrepareOptions,
    private readonly worker: Worker,
    private readonly port: MessagePort,
    shared: SharedArrayBuffer
  ) {
    this.shared = new Int32Array(shared)
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
      const shared = new SharedArrayBuffer(4 * (CLAIMS_FROM + files.length))
      const worker = new Worker(entry.code, {
        eval: entry.eval,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        workerData: { port: port2, options, shared },
        transferList: [port2]
      })
      worker.unref()
      return new PrepareAhead(files, options, worker, port1, shared)
    } catch {
      return null
    }
  }

  /** The work of file `i` (taken in order, once): the worker's, or prepared here if it has not begun it. */
  work(i: number): FileWork {
    this.request(i + AHEAD)
    this.receive()
    const mine = this.mine.get(i)
    if (mine) {
      this.mine.delete(i)
      return mine
    }
    if (!this.ready.has(i) && !this.claim(i)) this.waitFor(i)
    const got = this.ready.get(i)
    this.ready.delete(i)
    if (got) {
      this.fromWorker++
      return revive(got)
    }
    return prepareFile(this.files[i], this.options)
  }

  /** How many prepared files have arrived and wait to be taken. */
  waiting(): number {
    this.receive()
    return this.ready.size
  }

  close(): void {
    this.port.close()
    void this.worker.terminate()
  }

  /** Claims file i for the importer; false when the worker has it (done or under way). */
  private claim(i: number): boolean {
    return this.givenUp || Atomics.compareExchange(this.shared, CLAIMS_FROM + i, 0, CLAIM_IMPORTER) === 0
  }

  /**
   * Waits for the worker's work on file i, meanwhile preparing a later file the worker has not begun
   * (so heavy files are prepared two at a time); gives the worker up if it stalls (it may have died).
   */
  private waitFor(i: number): void {
    let done = Atomics.load(this.shared, DONE)
    let since = performance.now()
    while (!this.ready.has(i)) {
      if (!this.prepareLater(i)) Atomics.wait(this.shared, DONE, done, 50)
      this.receive()
      const now = Atomics.load(this.shared, DONE)
      if (now !== done) {
        done = now
        since = performance.now()
      } else if (performance.now() - since > STALL_MS) {
        this.givenUp = true
        this.close()
        return
      }
    }
  }

  /** Claims and prepares the next file after i that nobody has begun; false if there is none. */
  private prepareLater(i: number): boolean {
    for (let j = Math.max(i + 1, this.laterFrom); j < this.requested; j++) {
      if (isLink(this.files[j]) || this.mine.has(j) || !this.claim(j)) continue
      this.laterFrom = j + 1
      this.mine.set(j, prepareFile(this.files[j], this.options))
      return true
    }
    return false
  }

  private receive(): void {
    if (this.givenUp) return
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const r = m.message as PrepareResult
      this.ready.set(r.index, r.work)
    }
  }

  private request(upTo: number): void {
    if (this.givenUp) return
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
