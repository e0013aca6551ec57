// Reads a text/event-stream body (fetch, so the token can travel in a header, unlike EventSource).

/**
 * Calls onOpen once the first bytes arrive (the server sends a comment at once), then onData for each
 * event's data. Resolves when the stream ends or the signal aborts.
 */
export async function readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onOpen: () => void,
  onData: (data: string) => void
): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let first = true
  const stop = (): void => void reader.cancel().catch(() => undefined)
  signal.addEventListener('abort', stop, { once: true })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      if (first) {
        first = false
        onOpen()
      }
      buffer += decoder.decode(value, { stream: true })
      let cut: number
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        const data = parseEventBlock(block)
        if (data !== null) onData(data)
      }
    }
  } finally {
    signal.removeEventListener('abort', stop)
  }
}

/** The data of one event block; null for comments and empty blocks. */
export function parseEventBlock(block: string): string | null {
  const lines = block.split(/\r?\n/)
  const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, ''))
  return data.length ? data.join('\n') : null
}
