// Running long jobs by id, so a cancel request (another call, another transport) can reach them. A
// cancel may also arrive before its job: a drop of thousands of files is still being uploaded when the
// person clicks Cancel, and the job id is the client's. Such ids are remembered (the most recent few),
// and the job starts already cancelled.
const REMEMBERED_EARLY_CANCELS = 100

export class JobRegistry {
  private readonly running = new Map<string, AbortController>()
  private readonly cancelledEarly = new Set<string>()

  start(jobId: string): AbortController {
    if (this.running.has(jobId)) throw new Error(`A job ${jobId} is already running.`)
    const controller = new AbortController()
    this.running.set(jobId, controller)
    if (this.cancelledEarly.delete(jobId)) controller.abort()
    return controller
  }

  finish(jobId: string): void {
    this.running.delete(jobId)
  }

  /** Cancels a running job; an id not running yet is remembered and its job starts cancelled. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId)
    if (!controller) {
      if (this.cancelledEarly.size >= REMEMBERED_EARLY_CANCELS) {
        this.cancelledEarly.delete(this.cancelledEarly.values().next().value as string)
      }
      this.cancelledEarly.add(jobId)
      return false
    }
    controller.abort()
    return true
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort()
  }

  get size(): number {
    return this.running.size
  }
}
