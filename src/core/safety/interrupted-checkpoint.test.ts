// A crash in the middle of a checkpoint leaves the archive file shorter than the page count in its
// header (page 1 is copied from the WAL before the pages that grow the file) with the WAL still holding
// every page. That archive is whole and must open with all its articles, not be called truncated.
import { afterEach, describe, expect, it } from 'vitest'
import { copyFileSync, openSync, closeSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { openArchive } from '../archive'
import { addArticles, articleTitles, integrity, removeTempDirs, tempDir } from './test-fixtures'

afterEach(removeTempDirs)

describe('an archive left by a crash during a checkpoint', () => {
  it('opens whole, with every article, although its file is shorter than its header says', () => {
    const dir = tempDir()
    const live = join(dir, 'live.sqlite')
    const a = openArchive(live)
    addArticles(a, 1, 3)
    a.db.pragma('wal_checkpoint(TRUNCATE)')
    a.db.pragma('wal_autocheckpoint = 0') // what follows stays in the WAL
    addArticles(a, 4, 400)
    const pages = a.db.pragma('page_count', { simple: true }) as number
    const pageSize = a.db.pragma('page_size', { simple: true }) as number
    // The crash: the files as they are on disk while the connection is still open.
    const crashed = join(dir, 'crashed.sqlite')
    copyFileSync(live, crashed)
    copyFileSync(`${live}-wal`, `${crashed}-wal`)
    a.close()
    expect(statSync(crashed).size).toBeLessThan(pages * pageSize)
    // The checkpoint got as far as page 1: the header now counts every page.
    const header = Buffer.alloc(4)
    header.writeUInt32BE(pages)
    const fd = openSync(crashed, 'r+')
    writeSync(fd, header, 0, 4, 28)
    closeSync(fd)

    const reopened = openArchive(crashed)
    expect(articleTitles(reopened)).toHaveLength(403)
    reopened.close()
    expect(integrity(crashed)).toBe('ok')
  })
})
