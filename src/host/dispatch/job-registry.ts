// Running long jobs by id, so a cancel request (another call, another transport) can reach them.
export class JobRegistry {
  private readonly running = new Map<string, AbortController>()

  start(jobId: string): AbortController {
    if (this.running.has(jobId)) throw new Error(`A job ${jobId} is already running.`)
    const controller = new AbortController()
    this.running.set(jobId, controller)
    return controller
  }

  finish(jobId: string): void {
    this.running.delete(jobId)
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId)
    if (!controller) return false
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
