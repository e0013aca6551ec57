// A bulk import stores prepared files in groups: one transaction for many articles, because each commit
// costs far more than an article (FTS5 writes its pending terms out, the WAL grows and is checkpointed).
// Each article and its log line are written together inside the group, so a commit (or a crash before
// it) keeps or loses whole articles with their log lines. The group never outlives a synchronous run of
// work: it commits when it is due (time or count) and before anything is awaited, so the event loop —
// IPC, HTTP, a Cancel — only ever runs with no transaction open on the connection.
//
// Failures: any error while storing, or at COMMIT, rolls the group back and stores its files again one
// per transaction, as an import without groups does. So a busy archive, a full disk or a bad article
// gives every file exactly the outcome and log line it would get on its own, and the rest still commit.
import type { Archive } from '../archive'
import type { ImportOutcome } from './import-types'
import { afterBulkCommit } from './bulk-checkpoint'
import { refusedOrFailed, type StorableWork } from './prepare-file'
import { recordBestEffort, recordOutcome, storeAlone, storePrepared } from './store-draft'

export interface GroupLimits {
  /** Commit once this many files are in the group (1 = one transaction per file). */
  maxFiles: number
  /** Commit once the group has been open this long, in milliseconds. */
  maxMs: number
}

export class ImportGroup {
  /** Files stored in the open transaction, kept to store again alone if the group fails. */
  private works: StorableWork[] = []
  private pending: ImportOutcome[] = []
  /** Outcomes that are final (committed or stored alone), in file order, not yet taken. */
  private final: ImportOutcome[] = []
  private openedAt = 0

  constructor(
    private readonly archive: Archive,
    private readonly batchId: string,
    private readonly limits: GroupLimits
  ) {}

  /** True when no transaction of this group is open. */
  get empty(): boolean {
    return this.works.length === 0
  }

  /** True when the group should commit now. */
  get due(): boolean {
    return (
      this.works.length >= this.limits.maxFiles ||
      (this.works.length > 0 && performance.now() - this.openedAt >= this.limits.maxMs)
    )
  }

  /** Stores one file's work in the group, opening it (taking the write lock) when it is empty. */
  add(work: StorableWork): void {
    const db = this.archive.db
    if (this.works.length === 0) {
      try {
        db.exec('BEGIN IMMEDIATE')
      } catch (e) {
        // The lock did not come within the busy timeout: as on its own, this file fails and nothing is
        // written; the next file tries again.
        const o = work.kind === 'article' ? refusedOrFailed(work.file, e) : work.outcome
        recordBestEffort(this.archive, this.batchId, o)
        this.final.push(o)
        return
      }
      this.openedAt = performance.now()
    }
    this.works.push(work)
    try {
      this.pending.push(this.store(work))
    } catch {
      this.storeAloneInstead()
    }
  }

  /** Commits the open group (if any) and returns every outcome made final since the last call. */
  commit(): ImportOutcome[] {
    if (this.works.length > 0) {
      try {
        this.archive.db.exec('COMMIT')
        this.final.push(...this.pending)
        this.works = []
        this.pending = []
        afterBulkCommit(this.archive.db)
      } catch {
        this.storeAloneInstead()
      }
    }
    const out = this.final
    this.final = []
    return out
  }

  private store(work: StorableWork): ImportOutcome {
    if (work.kind === 'outcome') {
      recordOutcome(this.archive, this.batchId, work.outcome)
      return work.outcome
    }
    return storePrepared(this.archive, this.batchId, work.file, work.article, work.provenance)
  }

  /** Rolls the group back and stores each of its files in a transaction of its own. */
  private storeAloneInstead(): void {
    const db = this.archive.db
    if (db.inTransaction) db.exec('ROLLBACK')
    const works = this.works
    this.works = []
    this.pending = []
    for (const w of works) this.final.push(storeAlone(this.archive, this.batchId, w))
    afterBulkCommit(db)
  }
}
