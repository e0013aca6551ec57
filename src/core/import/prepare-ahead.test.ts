// The preparing worker only changes speed: every file's work is what prepareFile gives on the
// importer's own thread, whether the worker sent it, fell behind or died.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIN_FILES_FOR_WORKER, PrepareAhead } from './prepare-ahead'
import { prepareFile } from './prepare-file'
import { DONE } from './prepare-protocol'

const dir = mkdtempSync(join(tmpdir(), 'folio-prepare-ahead-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Text clips, with a refused file (a PNG named .txt), an empty one and a missing one among them. */
function makeFiles(count: number): string[] {
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `tin-${i}.txt`)
    writeFileSync(file, `Bản tin số ${i}\n\nHợp tác liên kết vùng, đoạn ${i}.\n\nĐối ngoại và phương hướng.`)
    files.push(file)
  }
  writeFileSync(files[7], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  writeFileSync(files[8], '')
  files[9] = join(dir, 'missing.txt')
  return files
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('PrepareAhead', () => {
  it('hands over the same work as preparing each file here, most of it from the worker', async () => {
    const files = makeFiles(MIN_FILES_FOR_WORKER + 50)
    const ahead = PrepareAhead.start(files, {})
    expect(ahead).not.toBeNull()
    try {
      ahead!.work(0) // asks for the first files
      // the worker starts (loading the extractors) and prepares ahead
      for (let t = 0; t < 300 && ahead!.waiting() < 50; t++) await pause(100)
      const works = []
      for (let i = 1; i < files.length; i++) {
        works[i] = ahead!.work(i)
        expect(works[i]).toEqual(prepareFile(files[i]))
        if (i % 20 === 0) await pause(5)
      }
      expect(ahead!.fromWorker).toBeGreaterThan(files.length / 2)
      expect(works[7]).toMatchObject({ kind: 'outcome', outcome: { outcome: 'refused' } })
    } finally {
      ahead?.close()
    }
  }, 30_000)

  it('prepares everything itself when the worker is gone', async () => {
    const files = makeFiles(MIN_FILES_FOR_WORKER)
    const ahead = PrepareAhead.start(files, {})!
    await (ahead as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate()
    for (let i = 0; i < files.length; i++) expect(ahead.work(i)).toEqual(prepareFile(files[i]))
    expect(ahead.fromWorker).toBe(0)
  })

  it('shares heavy files between the threads, each prepared once', async () => {
    const files = makeFiles(MIN_FILES_FOR_WORKER)
    const ahead = PrepareAhead.start(files, {})!
    try {
      ahead.work(0)
      for (let t = 0; t < 300 && ahead.waiting() === 0; t++) await pause(100) // the worker is up
      // taking every file at once, with no pause: the importer prepares what the worker has not begun
      for (let i = 1; i < files.length; i++) expect(ahead.work(i)).toEqual(prepareFile(files[i]))
      expect(ahead.fromWorker).toBeGreaterThan(0)
      expect(ahead.fromWorker).toBeLessThan(files.length)
      // every file the worker finished was taken from it: none was prepared by both threads
      const shared = (ahead as unknown as { shared: Int32Array }).shared
      // (the worker counts a file just after sending it, hence the poll)
      await expect.poll(() => Atomics.load(shared, DONE)).toBe(ahead.fromWorker)
    } finally {
      ahead.close()
    }
  })

  it('starts no worker for a small import', () => {
    expect(PrepareAhead.start(makeFiles(10), {})).toBeNull()
  })
})

describe('PrepareAhead and large files', () => {
  it('leaves a large file to the importer, so it never outgrows the worker', async () => {
    const files = makeFiles(MIN_FILES_FOR_WORKER)
    writeFileSync(files[3], `Bài dài\n\n${'Hợp tác liên kết vùng. '.repeat(40_000)}`) // ~1 MB
    const ahead = PrepareAhead.start(files, {})!
    try {
      ahead.work(0)
      for (let t = 0; t < 300 && ahead.waiting() < 50; t++) await pause(100)
      const before = ahead.fromWorker
      for (let i = 1; i < 3; i++) ahead.work(i)
      expect(ahead.work(3)).toEqual(prepareFile(files[3]))
      expect(ahead.fromWorker).toBe(before + 2) // files 1 and 2 from the worker, 3 prepared here
    } finally {
      ahead.close()
    }
  })
})
