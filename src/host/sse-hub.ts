// Server-sent events: every open /api/events stream receives every event (one user, one archive).
import type { ServerResponse } from 'node:http'
import type { FolioEvent } from '../shared/api-types'
import { encodeWire } from '../shared/wire-codec'

export class SseHub {
  private readonly clients = new Set<ServerResponse>()
  private readonly keepAlive: NodeJS.Timeout

  constructor(keepAliveMs = 25000) {
    // Proxies and browsers drop silent streams; a comment line keeps them open.
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs)
    this.keepAlive.unref()
  }

  add(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff'
    })
    res.write(': connected\n\n') // lets the client know it is subscribed before it starts a job
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  send(event: FolioEvent): void {
    this.write(`data: ${encodeWire(event)}\n\n`)
  }

  get size(): number {
    return this.clients.size
  }

  close(): void {
    clearInterval(this.keepAlive)
    for (const res of this.clients) res.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const res of this.clients) res.write(chunk)
  }
}
