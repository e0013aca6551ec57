// Shared fixtures for the data-safety tests: temporary folders, small archives, file hashes.
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive, type Archive } from '../archive'
import { insertArticle } from '../articles/article-store'
import { inTransaction } from '../db/connection'
import { assembleBlocks } from '../text/model'

const tempDirs: string[] = []

export function tempDir(prefix = 'folio-safety-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

/** Call from afterEach/afterAll. */
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true })
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** A Vietnamese article body that differs per n. */
export function sampleDraft(n: number) {
  const { body, blocks } = assembleBlocks([
    { kind: 'lede', text: `Cần Thơ đẩy mạnh liên kết vùng, bài số ${n}.` },
    { kind: 'heading', text: 'Hợp tác quốc tế' },
    {
      kind: 'paragraph',
      text: `Thành phố ký ${n} thỏa thuận hợp tác với các đối tác nước ngoài trong năm qua.`
    }
  ])
  return { title: `Bài viết ${n}: Đồng bằng sông Cửu Long`, body, blocks, source: 'Báo Cần Thơ' }
}

export function addArticles(archive: Archive, from: number, count: number): number[] {
  return inTransaction(archive.db, () => {
    const ids: number[] = []
    for (let n = from; n < from + count; n++) {
      const r = insertArticle(archive, sampleDraft(n))
      ids.push(r.id)
    }
    return ids
  })
}

/** A closed archive file with `count` articles. */
export function makeArchive(path: string, count: number): string {
  const a = openArchive(path)
  addArticles(a, 1, count)
  a.close()
  return path
}

export function articleTitles(archive: Archive): string[] {
  return (archive.db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]).map(
    (r) => r.title
  )
}

export function integrity(path: string): string {
  const a = openArchive(path)
  try {
    return (a.db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ')
  } finally {
    a.close()
  }
}

export function companions(path: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((s) => existsSync(path + s))
}

export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : []
}
